using Extraction.Document.Numbers;

namespace Extraction.Pipeline.Assembly;

/// <summary>How detected tables become typed tables (pipeline.json <c>assembly</c>).</summary>
public sealed record AssemblyOptions
{
    /// <summary>Row labels that make a row a total (case-insensitive): "i alt", "Samlet".</summary>
    public IReadOnlyList<string> TotalRowPatterns { get; init; } = [];

    /// <summary>A bold row that is not a total is a subtotal when the table also has rows that are not bold.</summary>
    public bool BoldRowIsSubtotal { get; init; } = true;

    /// <summary>A table without a printed unit takes the unit of the nearest earlier table with the same column measures.</summary>
    public bool InferMissingUnit { get; init; } = true;

    /// <summary>Rows whose label matches one of these count something else than the table's unit ("Antal fuldtidsstillinger").</summary>
    public IReadOnlyList<UnitDefinition> RowUnits { get; init; } = [];

    /// <summary>
    /// Unit phrase (read with <c>numbers.units</c>) of a table of figures that prints no unit and has no table of the same
    /// columns to take one from ("kr."); marked as inferred. Empty: such tables have no unit.
    /// </summary>
    public string DefaultUnit { get; init; } = string.Empty;

    /// <summary>Notes under a table saying its figures are not final yet ("Opdateres med tal i juni").</summary>
    public IReadOnlyList<string> PendingFigurePatterns { get; init; } = [];

    /// <summary>A table continues over a page break when its columns lie within this distance (points) of the previous table's.</summary>
    public double ContinuationColumnTolerance { get; init; } = 6.0;
}
