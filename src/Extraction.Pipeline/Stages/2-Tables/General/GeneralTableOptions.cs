namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// How tables of any kind are found where the budget detectors found none (pipeline.json <c>tables.general</c>): ruled
/// grids read as a lattice of their rulings, and runs of lines whose words keep to common columns of whitespace.
/// </summary>
public sealed record GeneralTableOptions
{
    /// <summary>Look for general tables at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Fewest lines with at least two cells that make a table found from alignment (also one printed inside a single cell of a ruled grid, which the grid then leaves to alignment).</summary>
    public int MinRows { get; init; } = 3;

    /// <summary>Fewest columns of a table.</summary>
    public int MinColumns { get; init; } = 2;

    /// <summary>Largest blank space between two lines of one table found from alignment (em).</summary>
    public double MaxLineGapEm { get; init; } = 2.0;

    /// <summary>Most consecutive one-cell lines (a wrapped label, a group heading) inside a table found from alignment.</summary>
    public int MaxBridgeLines { get; init; } = 2;

    /// <summary>Narrowest blank space between two columns (em).</summary>
    public double MinColumnGapEm { get; init; } = 0.4;

    /// <summary>Share of a table's lines whose text may cross a blank space between columns (spanning headers, long labels).</summary>
    public double GapCrossingRatio { get; init; } = 0.1;

    /// <summary>Largest blank space (em) between a line and the row above that it continues (a wrapped label or cell).</summary>
    public double ContinuationGapEm { get; init; } = 0.5;

    /// <summary>A table found from alignment whose cells hold more words than this on average is prose set in columns.</summary>
    public double MaxMeanCellWords { get; init; } = 6;

    /// <summary>
    /// A ruled grid whose cells hold more words than this on average is a framed text box; rulings between its cells make
    /// a table of descriptions (a term and its explanation) a table, so this is far above <see cref="MaxMeanCellWords"/>.
    /// </summary>
    public double MaxMeanRuledCellWords { get; init; } = 30;

    /// <summary>A grid in which fewer than this share of the slots of its rows hold text is a chart (axis labels scattered over the plot), not a table.</summary>
    public double MinFilledCellRatio { get; init; } = 0.45;

    /// <summary>An image at least this share of the page wide is a background band (a scanned or shaded page), not a chart drawn as a picture.</summary>
    public double BackgroundImageWidthRatio { get; init; } = 0.9;
}
