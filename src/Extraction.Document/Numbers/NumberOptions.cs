namespace Extraction.Document.Numbers;

/// <summary>Units, price bases and year range (pipeline.json <c>numbers</c>).</summary>
public sealed record NumberOptions
{
    /// <summary>Unit phrases, most specific first: the first whose pattern matches decides.</summary>
    public IReadOnlyList<UnitDefinition> Units { get; init; } = [];

    /// <summary>Patterns (case-insensitive) for a price basis; group <c>year</c> is its year ("Alle år er i 2026 priser").</summary>
    public IReadOnlyList<string> PriceBasisPatterns { get; init; } = [];

    /// <summary>Four-digit numbers in this range are read as years where a year is expected (headers).</summary>
    public int MinYear { get; init; } = 1990;

    public int MaxYear { get; init; } = 2100;

    /// <summary>Number conventions a table may print in (names of <see cref="NumberConvention"/>), the first winning a tie.</summary>
    public IReadOnlyList<string> Conventions { get; init; } = ["danish"];

    /// <summary>Whether a number in accounting parentheses ("(12.440)") is negative; otherwise it is text, not a figure.</summary>
    public bool ParenthesesAreNegative { get; init; }

    /// <summary>
    /// Most digits before the decimal mark of a figure: more is not an amount but a list of codes printed with
    /// thousands separators ("412,413,414,417,421"), read as text (an unread figure the user sees).
    /// </summary>
    public int MaxIntegerDigits { get; init; } = 15;

    /// <summary>The unit name of a cell printed with "%".</summary>
    public string PercentUnit { get; init; } = "percent";
}

/// <summary>A unit phrase: its pattern (case-insensitive), the unit it names and its scale to that unit.</summary>
public sealed record UnitDefinition
{
    public string Pattern { get; init; } = string.Empty;

    /// <summary>The unit amounts are in once scaled, e.g. <c>DKK</c>, <c>count</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Multiplier from the printed number to the unit (1000 for "I 1.000 kr.").</summary>
    public decimal Scale { get; init; } = 1;
}
