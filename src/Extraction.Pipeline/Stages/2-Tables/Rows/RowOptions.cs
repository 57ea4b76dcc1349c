namespace Extraction.Pipeline.Tables.Rows;

/// <summary>How the body lines of a table are split into rows by the learned model (pipeline.json <c>tables.rows</c>).</summary>
public sealed record RowOptions
{
    /// <summary>A new row starts between two lines when the model gives it at least this probability.</summary>
    public double BreakProbability { get; init; } = 0.5;
}
