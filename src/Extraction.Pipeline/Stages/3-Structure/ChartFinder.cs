using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Finds the charts of a page from what the structure stage saw there. Chart text (text smaller than the body outside
/// tables) comes in runs of consecutive blocks in reading order; a run is a chart when a figure caption precedes it,
/// when it holds a block of numbers only (axis ticks), when it holds entries side by side that each name a measure or
/// a year (the legend of a chart of budget figures: "Regnskab 2018", "Regnskab 2019"), or when it is drawn over a
/// picture. A picture is a chart when chart text is drawn over it or a figure caption is the nearest text above it.
/// A footnote set in small type, the labels of a form or a row of check boxes are none of these.
/// </summary>
internal sealed class ChartFinder
{
    private readonly ColumnHeaderParser series;

    public ChartFinder(ColumnHeaderParser series)
    {
        this.series = series;
    }

    public IReadOnlyList<Chart> Find(IReadOnlyList<(int Page, TextBlock? Block, BlockRole Role)> walk, DocumentLayout layout)
    {
        var byPage = walk.ToLookup(w => w.Page);
        return layout.Pages
            .SelectMany(page => OnPage(byPage[page.Number].ToList(), page))
            .OrderBy(c => c.Page)
            .ThenBy(c => c.Box.Y0)
            .ToList();
    }

    private IEnumerable<Chart> OnPage(List<(int Page, TextBlock? Block, BlockRole Role)> items, PageLayout page)
    {
        var runs = Runs(items);
        var charts = new List<Chart>();
        foreach (var image in page.Images)
        {
            var over = runs.Where(r => Overlaps(r.Box, image)).ToList();
            var caption = over.Select(r => r.Caption).FirstOrDefault(c => c is not null) ?? CaptionAbove(image, items);
            if (over.Count > 0 || caption is not null)
            {
                charts.Add(new Chart(page.Number, over.Aggregate(image, (box, run) => box.Union(run.Box)), caption, true));
                runs.RemoveAll(over.Contains);
            }
        }

        charts.AddRange(runs.Where(r => r.Caption is not null || r.ChartLike).Select(r => new Chart(page.Number, r.Box, r.Caption, false)));
        return charts;
    }

    private List<Run> Runs(List<(int Page, TextBlock? Block, BlockRole Role)> items)
    {
        var runs = new List<Run>();
        var blocks = new List<TextBlock>();
        string? caption = null;
        string? pendingCaption = null;
        foreach (var (_, block, role) in items)
        {
            if (role == BlockRole.ChartText && block is not null)
            {
                caption = blocks.Count == 0 ? pendingCaption : caption;
                blocks.Add(block);
                continue;
            }

            Close();
            pendingCaption = role == BlockRole.FigureCaption ? block?.Text : null;
        }

        Close();
        return runs;

        void Close()
        {
            if (blocks.Count > 0)
            {
                runs.Add(new Run(Box.Enclosing(blocks.Select(b => b.Box)), caption, IsChartLike(blocks)));
            }

            blocks = [];
            caption = null;
        }
    }

    private bool IsChartLike(List<TextBlock> blocks)
    {
        if (blocks.Any(b => b.Lines.All(LineProfile.IsNumeric)))
        {
            return true;
        }

        var entries = blocks.Where(NamesSeries).ToList();
        return entries.Any(a => entries.Any(b => !ReferenceEquals(a, b) && a.Box.VerticalOverlap(b.Box) > 0 && a.Box.HorizontalOverlap(b.Box) == 0));
    }

    private bool NamesSeries(TextBlock block)
    {
        var typed = series.Read(block.Text, null);
        return typed.Measure != Measure.Unknown || typed.Year is not null;
    }

    /// <summary>The caption's text when the nearest block above the picture, over the same stretch of the page, is a figure caption.</summary>
    private static string? CaptionAbove(Box image, List<(int Page, TextBlock? Block, BlockRole Role)> items)
    {
        // Ordered rather than MaxBy: a picture at the top of a page has nothing above it, and MaxBy of no tuples throws.
        var above = items
            .Where(i => i.Block is not null && i.Block.Box.CenterY < image.Y0 && i.Block.Box.HorizontalOverlap(image) > 0)
            .OrderByDescending(i => i.Block!.Box.Y1)
            .Take(1)
            .ToList();
        return above is [{ Role: BlockRole.FigureCaption, Block: { } caption }] ? caption.Text : null;
    }

    private static bool Overlaps(Box a, Box b) => a.HorizontalOverlap(b) > 0 && a.VerticalOverlap(b) > 0;

    private sealed record Run(Box Box, string? Caption, bool ChartLike);
}
