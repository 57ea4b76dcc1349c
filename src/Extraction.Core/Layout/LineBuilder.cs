using Extraction.Core.Reading;

namespace Extraction.Core.Layout;

/// <summary>Groups a page's words into lines (shared baseline) and the lines into segments (split at wide gaps).</summary>
public static class LineBuilder
{
    public static IReadOnlyList<TextLine> Build(IEnumerable<TextWord> words, LayoutOptions options)
    {
        var bands = new List<List<TextWord>>();
        foreach (var word in words.Where(w => w.IsHorizontal && !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Box.Y0).ThenBy(w => w.Box.X0))
        {
            var band = bands.LastOrDefault(b => SharesLine(b, word, options.LineOverlapRatio));
            if (band is null)
            {
                bands.Add([word]);
            }
            else
            {
                band.Add(word);
            }
        }

        return bands
            .Select(b => new TextLine(Segment(b.OrderBy(w => w.Box.X0).ToList(), options.SegmentGapEm)))
            .OrderBy(l => l.Box.Y0)
            .ThenBy(l => l.Box.X0)
            .ToList();
    }

    /// <summary>Splits words of one line (left to right) where the gap exceeds <paramref name="gapEm"/> times the font size.</summary>
    public static IReadOnlyList<TextSegment> Segment(IReadOnlyList<TextWord> words, double gapEm)
    {
        var segments = new List<TextSegment>();
        var current = new List<TextWord>();
        foreach (var word in words)
        {
            if (current.Count > 0)
            {
                var previous = current[^1];
                var gap = word.Box.X0 - previous.Box.X1;
                if (gap > gapEm * Math.Max(previous.FontSize, word.FontSize))
                {
                    segments.Add(new TextSegment(current));
                    current = [];
                }
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            segments.Add(new TextSegment(current));
        }

        return segments;
    }

    private static bool SharesLine(List<TextWord> band, TextWord word, double ratio)
    {
        // Compare with the band's tallest word: a small superscript or footnote mark still joins its line.
        var reference = band.MaxBy(w => w.Box.Height)!;
        var overlap = reference.Box.VerticalOverlap(word.Box);
        var smaller = Math.Min(reference.Box.Height, word.Box.Height);
        return smaller > 0 && overlap >= ratio * smaller && !band.Any(w => w.Box.HorizontalOverlap(word.Box) > 0.5 * Math.Min(w.Box.Width, word.Box.Width));
    }
}
