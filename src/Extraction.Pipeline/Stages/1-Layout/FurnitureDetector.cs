using Extraction.Document;
using System.Text.RegularExpressions;

namespace Extraction.Pipeline.Layout;

/// <summary>
/// Finds running headers, running footers and printed page numbers: segments in the top or bottom margin zone that
/// repeat across pages (digits ignored) or read as a page number. A margin line holding several figures is a row of a
/// table that runs to the page's edge, not furniture: a page carries one page number, and figures repeat trivially
/// once their digits are ignored.
/// </summary>
public static class FurnitureDetector
{
    /// <summary>The furniture of each page, in the order of <paramref name="pages"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<PageFurniture>> Detect(
        IReadOnlyList<(double Width, double Height, IReadOnlyList<TextLine> Lines)> pages,
        LayoutOptions options)
    {
        var pageNumber = options.PageNumberPatterns
            .Select(PatternSet.Compile)
            .ToList();
        var candidates = pages.Select(p => MarginSegments(p.Width, p.Height, p.Lines, options).ToList()).ToList();
        var repeats = candidates
            .SelectMany((segments, page) => segments.Select(s => (Key: Key(s.Segment, s.Top), Page: page)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Page).Distinct().Count() >= options.RunningTextMinPages)
            .Select(g => g.Key)
            .ToHashSet();

        return candidates.Select(segments => (IReadOnlyList<PageFurniture>)segments
                .Select(s => Classify(s.Segment, s.Top, repeats, pageNumber))
                .OfType<PageFurniture>()
                .ToList())
            .ToList();
    }

    /// <summary>The printed page number among a page's furniture, if any.</summary>
    public static string? PrintedNumber(IEnumerable<PageFurniture> furniture, LayoutOptions options)
    {
        foreach (var item in furniture.Where(f => f.Kind == FurnitureKind.PageNumber))
        {
            foreach (var pattern in options.PageNumberPatterns)
            {
                var match = Regex.Match(item.Segment.Text.Trim(), pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (match.Success)
                {
                    return match.Groups["number"].Success ? match.Groups["number"].Value : match.Value;
                }
            }
        }

        return null;
    }

    private static PageFurniture? Classify(TextSegment segment, bool top, HashSet<string> repeats, List<Regex> pageNumber)
    {
        if (pageNumber.Any(r => r.IsMatch(segment.Text.Trim())))
        {
            return new PageFurniture(segment, FurnitureKind.PageNumber);
        }

        if (repeats.Contains(Key(segment, top)))
        {
            return new PageFurniture(segment, top ? FurnitureKind.RunningHeader : FurnitureKind.RunningFooter);
        }

        return null;
    }

    /// <summary>
    /// The segments of the margin zones. Margins are set in lengths, the same on a landscape page as on a portrait one,
    /// so the zone's depth is a share of the page's longer side, not of its height.
    /// </summary>
    private static IEnumerable<(TextSegment Segment, bool Top)> MarginSegments(double width, double height, IReadOnlyList<TextLine> lines, LayoutOptions options)
    {
        var depth = options.MarginZoneRatio * Math.Max(width, height);
        var rows = lines.Where(l => l.Segments.Count(IsFigure) >= options.MarginRowMinFigures).ToList();
        foreach (var line in lines)
        {
            var top = line.Box.Y1 <= depth;
            var bottom = line.Box.Y0 >= height - depth;
            if ((!top && !bottom) || rows.Contains(line) || ContinuesRow(line, rows, options))
            {
                continue;
            }

            foreach (var segment in line.Segments)
            {
                yield return (segment, top);
            }
        }
    }

    /// <summary>
    /// A line of a table row's label wrapped round the row's figures ("Serviceudgifter i" over "alt" at a page's top
    /// edge): it starts where the row starts and is set as close to it as the lines of a block. A word such as "alt"
    /// at the same place on two pages is no running header then.
    /// </summary>
    private static bool ContinuesRow(TextLine line, List<TextLine> rows, LayoutOptions options) =>
        rows.Any(r => Math.Abs(r.Box.X0 - line.Box.X0) <= options.IndentToleranceEm * line.FontSize
            && Math.Max(line.Box.Y0 - r.Box.Y1, r.Box.Y0 - line.Box.Y1) <= options.BlockGapEm * line.FontSize);

    /// <summary>Digits without letters: a figure of a table row, or a page number; not "Side 4" or "Budget 2027".</summary>
    private static bool IsFigure(TextSegment segment) =>
        segment.Text.Any(char.IsDigit) && !segment.Text.Any(char.IsLetter);

    private static string Key(TextSegment segment, bool top) =>
        (top ? "T:" : "B:") + Regex.Replace(segment.Text, @"\d+", "#").Trim().ToLowerInvariant();
}
