using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.Figures;

/// <summary>
/// Whether a figure caption captions a region of a page: it is the region's first line, or one of the few lines right
/// above it with no wide blank space between. A caption nearer to what is printed above it (a picture, text) than to the
/// region is the caption under a figure, not over this region; a table caption on the way up is the region's own.
/// </summary>
internal sealed class FigureCaptions(FigureOptions options, PatternSet figures, PatternSet tables)
{
    public bool Caption(Box region, PageLayout page)
    {
        // Marks and rules printed as glyphs ("|") are no text of the region.
        var first = page.Lines.SelectMany(l => l.Segments).FirstOrDefault(s => region.ContainsCentreOf(s.Box) && s.Text.Any(char.IsLetterOrDigit));
        if (first is not null && figures.Match(first.Text) is not null)
        {
            return true;
        }

        var below = region.Y0;
        var lines = 0;
        foreach (var line in page.Lines.Where(l => l.Box.CenterY < region.Y0).OrderByDescending(l => l.Box.Y1))
        {
            var over = line.Segments.Where(s => s.Box.CenterY < region.Y0 && s.Box.HorizontalOverlap(region) > 0 && s.Text.Any(char.IsLetterOrDigit)).ToList();
            if (over.Count == 0)
            {
                continue;
            }

            var box = Box.Enclosing(over.Select(s => s.Box));
            var gap = below - box.Y1;
            if (gap > options.CaptionGapEm * line.FontSize || tables.Match(over[0].Text) is not null)
            {
                return false;
            }

            if (figures.Match(over[0].Text) is not null)
            {
                return gap <= GapAbove(box, page);
            }

            if (++lines >= options.CaptionMaxLines)
            {
                return false;
            }

            below = box.Y0;
        }

        return false;
    }

    /// <summary>
    /// The blank space between a caption and the nearest text or picture above it over the same stretch of the page.
    /// Rulings do not count: the top of a frame drawn around a figure and its caption is no figure above the caption.
    /// </summary>
    private static double GapAbove(Box caption, PageLayout page)
    {
        var above = page.Lines.SelectMany(l => l.Segments).Select(s => s.Box)
            .Concat(page.Images)
            .Where(b => b.Y1 <= caption.Y0 && b.HorizontalOverlap(caption) > 0)
            .Select(b => caption.Y0 - b.Y1)
            .ToList();
        return above.Count == 0 ? double.PositiveInfinity : above.Min();
    }
}
