namespace Extraction.Pipeline.Columns;

/// <summary>Header vocabularies for typing columns (pipeline.json <c>columns</c>).</summary>
public sealed record ColumnOptions
{
    /// <summary>Measures and the header patterns (case-insensitive, whole header after unit and year are taken out) naming them; first match wins.</summary>
    public IReadOnlyList<MeasureVocabulary> Measures { get; init; } = [];

    /// <summary>Century added to a two-digit year (R23 → 2023).</summary>
    public int TwoDigitYearBase { get; init; } = 2000;

    /// <summary>Measure of a header that is only a year ("2026").</summary>
    public string YearOnlyMeasure { get; init; } = "budget";

    /// <summary>Measure of a year-only header later than the fiscal year (an overslagsår).</summary>
    public string LaterYearMeasure { get; init; } = "projection";

    /// <summary>Measures whose header may omit the year because it is the fiscal year ("Tillæg" next to "Skøn 26").</summary>
    public IReadOnlyList<string> YearDefaultsToFiscalYear { get; init; } = [];

    /// <summary>Measures that qualify the measure of a level above rather than contradict it ("Budget 2020" over "Mængde").</summary>
    public IReadOnlyList<string> QualifyingMeasures { get; init; } = [];
}

/// <summary>One measure and the header patterns that name it; group <c>year</c> (2 or 4 digits) gives the year.</summary>
public sealed record MeasureVocabulary
{
    public string Measure { get; init; } = string.Empty;

    public IReadOnlyList<string> Patterns { get; init; } = [];
}
