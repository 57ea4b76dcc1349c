namespace Extraction.Pipeline.Tables.Figures;

/// <summary>
/// How a chart or figure is told from a table (pipeline.json <c>tables.figures</c>): a region under a figure caption
/// (<c>structure.figure_caption_patterns</c>), or holding the ticks of a chart's axis, is not a table.
/// </summary>
public sealed record FigureOptions
{
    /// <summary>Leave charts and figures out of the tables at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// A figure caption captions a region when it is one of this many lines right above it (the caption's own lines, a
    /// unit or subtitle under it) or the region's first line.
    /// </summary>
    public int CaptionMaxLines { get; init; } = 3;

    /// <summary>Largest blank space (em) between those lines, and between them and the region.</summary>
    public double CaptionGapEm { get; init; } = 2.0;

    /// <summary>Fewest ticks of a chart's axis: evenly spaced numbers stepping by the same amount from 0 (0 20 40 …, 0% 10% …).</summary>
    public int MinAxisTicks { get; init; } = 5;

    /// <summary>Share of the first spacing by which the spacing between two ticks of an axis may differ from it.</summary>
    public double TickSpacingTolerance { get; init; } = 0.15;

    /// <summary>A region holding at least this many ticks of one axis is the chart that axis belongs to.</summary>
    public int MinTicksInside { get; init; } = 2;
}
