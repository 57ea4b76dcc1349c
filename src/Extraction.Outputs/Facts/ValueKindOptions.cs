namespace Extraction.Outputs;

/// <summary>
/// What kind of value each fact is (pipeline.json <c>writers.value_kinds</c>): a level, an actual, a change, a
/// variance, … so that levels are not added to changes. Told by the document kind first (every amount of a technical
/// correction or a budget proposal is a change), else by the column's measure.
/// </summary>
public sealed record ValueKindOptions
{
    /// <summary>Kind by measure name (<c>technical_budget</c> → <c>budget_level</c>, <c>supplement</c> → <c>change</c>).</summary>
    public IReadOnlyDictionary<string, string> Measures { get; init; } = new Dictionary<string, string>();

    /// <summary>Kind of every amount in kroner of a document of this kind, whatever its measure (<c>technical-corrections</c> → <c>change</c>).</summary>
    public IReadOnlyDictionary<string, string> DocumentKinds { get; init; } = new Dictionary<string, string>();

    /// <summary>Kind of a figure in a unit that is not money (staff, persons).</summary>
    public string NotMoney { get; init; } = "count";

    /// <summary>Kind of a figure no entry names.</summary>
    public string Unknown { get; init; } = "other";
}
