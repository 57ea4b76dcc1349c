using Extraction.Document.Numbers;

namespace Extraction.Pipeline.Columns;

/// <summary>
/// A table column typed from its header: the label as printed (header levels joined with " / "), the measure, the
/// year it refers to and, when the header names one, its own unit.
/// </summary>
/// <param name="Label">Header as printed; line breaks resolved to single spaces.</param>
/// <param name="Measure">What the column measures.</param>
/// <param name="Year">The year the figures refer to, when known.</param>
/// <param name="YearInferred">True when the header names no year and it was taken from the document's fiscal year.</param>
/// <param name="Unit">A unit named in the header itself ("Budget i 1.000 kr."), overriding the table's.</param>
public sealed record BudgetColumn(string Label, Measure Measure, int? Year, bool YearInferred, Unit? Unit)
{
    /// <summary>The different measures the header levels name, top to bottom, when they disagree ("Budget 2019" over "Regnskab"); empty otherwise.</summary>
    public IReadOnlyList<Measure> ConflictingMeasures { get; init; } = [];
}
