using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.Figures;

/// <summary>Reads the signs of charts and figures on each page (<see cref="PageFigures"/>), as <see cref="FigureOptions"/> configures them.</summary>
internal sealed class FigureSigns
{
    private readonly FigureOptions options;
    private readonly FigureCaptions captions;
    private readonly AxisTicks axes;

    /// <param name="options">pipeline.json <c>tables.figures</c>.</param>
    /// <param name="figureCaptionPatterns">Figure captions (<c>structure.figure_caption_patterns</c>).</param>
    /// <param name="tableCaptionPatterns">Table captions (<c>structure.caption_patterns</c>): a region under one is its table.</param>
    /// <param name="columnTolerance">Right edges closer than this (points) are one column (<c>tables.column_join_tolerance</c>).</param>
    public FigureSigns(FigureOptions options, IReadOnlyList<string> figureCaptionPatterns, IReadOnlyList<string> tableCaptionPatterns, double columnTolerance)
    {
        this.options = options;
        captions = new FigureCaptions(options, new PatternSet(figureCaptionPatterns), new PatternSet(tableCaptionPatterns));
        axes = new AxisTicks(options, columnTolerance);
    }

    public PageFigures On(PageLayout page) =>
        options.Enabled ? new PageFigures(region => captions.Caption(region, page), () => axes.Find(page), options.MinTicksInside) : PageFigures.None;
}
