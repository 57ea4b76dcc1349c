namespace Extraction.Pipeline.Checks;

/// <summary>Arithmetic checks (pipeline.json <c>checks</c>).</summary>
public sealed record CheckOptions
{
    /// <summary>Whether the checks run at all; without them every document is <c>ok</c> however its sums come out.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Largest difference (in the printed unit) that still counts as agreement; 0 flags every slip.</summary>
    public decimal Tolerance { get; init; }

    /// <summary>Relations between the columns of one row, e.g. estimate = technical budget + supplement (same year).</summary>
    public IReadOnlyList<RowFormula> RowFormulas { get; init; } = [];

    /// <summary>Measure of a column without a year that sums the year columns before it ("I alt" after "2025 … 2029"); empty: not checked.</summary>
    public string RowTotalMeasure { get; init; } = string.Empty;

    /// <summary>Measures that are the same figure when two tables are compared ("Budget" in an annual report's detail table is the corrected budget).</summary>
    public IReadOnlyList<IReadOnlyList<string>> EquivalentMeasures { get; init; } = [];

    /// <summary>Total row labels that stand for the whole policy area ("Politikområde IT i alt", "Politikområdet i alt").</summary>
    public IReadOnlyList<string> PolicyAreaTotalPatterns { get; init; } = [];

    /// <summary>What is left of a total row's label once its total words are taken out, when it names nothing ("Samlet Udgift" → "Udgift").</summary>
    public IReadOnlyList<string> GenericTotalLabels { get; init; } = [];
}

/// <summary>A row formula: the target measure's cell equals the signed sum of the terms' cells of the same year.</summary>
public sealed record RowFormula
{
    public string Name { get; init; } = string.Empty;

    public string Target { get; init; } = string.Empty;

    public IReadOnlyList<FormulaTerm> Terms { get; init; } = [];
}

public sealed record FormulaTerm
{
    public string Measure { get; init; } = string.Empty;

    public int Sign { get; init; } = 1;
}
