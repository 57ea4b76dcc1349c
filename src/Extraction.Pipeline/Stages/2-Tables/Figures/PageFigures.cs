using Extraction.Document;

namespace Extraction.Pipeline.Tables.Figures;

/// <summary>
/// The signs of charts and figures read on one page, to tell a region that is one from a table: a figure caption over
/// it, or ticks of a chart's axis inside it. The axes are looked for on the first question only: most pages hold no
/// region to ask about.
/// </summary>
public sealed class PageFigures
{
    private readonly Func<Box, bool> captioned;
    private readonly Lazy<IReadOnlyList<ChartAxis>> axes;
    private readonly int minTicksInside;

    internal PageFigures(Func<Box, bool> captioned, Func<IReadOnlyList<ChartAxis>> axes, int minTicksInside)
    {
        this.captioned = captioned;
        this.axes = new Lazy<IReadOnlyList<ChartAxis>>(axes, LazyThreadSafetyMode.None);
        this.minTicksInside = minTicksInside;
    }

    /// <summary>No chart or figure anywhere (figures not looked for).</summary>
    public static PageFigures None { get; } = new(_ => false, () => [], 0);

    /// <summary>True when the region is a chart or figure, not a table.</summary>
    public bool Covers(Box region) =>
        axes.Value.Any(a => a.Ticks.Count(t => region.ContainsCentreOf(t)) >= minTicksInside) || captioned(region);
}
