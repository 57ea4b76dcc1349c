namespace Extraction.Pipeline.Tables.Rows;

/// <summary>How the lines of a table body are split into rows (pipeline.json <c>tables.rows</c>).</summary>
public sealed record RowOptions
{
    /// <summary>The learned model's name: it decides between each two lines of a band.</summary>
    public const string Learned = "learned";

    /// <summary>The hand-written rules' name: blank space, value lines and the letters of wrapped labels.</summary>
    public const string Rules = "rules";

    /// <summary>Who decides where a row ends between two lines that no rule across the table separates: "learned" or "rules".</summary>
    public string Model { get; init; } = Rules;

    /// <summary>
    /// With the rules: in a table body whose rows are set further apart than the lines of a cell, a blank space between two
    /// lines at most this much (em) wider than the body's tightest lies within a cell (<c>BodySpacing</c>).
    /// </summary>
    public double LeadingMarginEm { get; init; } = 0.15;

    /// <summary>The learned model starts a new row between two lines when it gives a new row at least this probability.</summary>
    public double BreakProbability { get; init; } = 0.5;
}
