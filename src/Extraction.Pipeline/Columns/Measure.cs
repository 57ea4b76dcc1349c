namespace Extraction.Pipeline.Columns;

/// <summary>What the numbers of a column measure. Written in outputs in snake_case (<see cref="MeasureNames"/>).</summary>
public enum Measure
{
    Unknown,
    Actual,
    Budget,
    OriginalBudget,
    CorrectedBudget,
    TechnicalBudget,
    Estimate,
    Supplement,
    Variance,
    Projection,
    Total,
    Quantity,
    UnitPrice,
}
