using Extraction.Document.Numbers;
using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>Groups a page's words into lines (shared baseline) and the lines into segments (split at wide gaps).</summary>
public static class LineBuilder
{
    public static IReadOnlyList<TextLine> Build(IEnumerable<TextWord> words, LayoutOptions options)
    {
        var bands = new List<Band>();
        foreach (var word in words.Where(w => w.IsHorizontal && !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Box.Y0).ThenBy(w => w.Box.X0))
        {
            Band? match = null;
            for (var i = bands.Count - 1; i >= 0; i--)
            {
                // Words come top to bottom, so bands end roughly in order: once one ends a line above this word, stop.
                if (bands[i].Bottom < word.Box.Y0 - word.Box.Height)
                {
                    break;
                }

                if (bands[i].Accepts(word, options.LineOverlapRatio))
                {
                    match = bands[i];
                    break;
                }
            }

            if (match is null)
            {
                bands.Add(new Band(word));
            }
            else
            {
                match.Add(word);
            }
        }

        return bands
            .Select(b => new TextLine(JoinMarkers(Segment(DigitGroups.Join(b.Words.OrderBy(w => w.Box.X0).ToList(), options.DigitGroupGapEm), options.SegmentGapEm), options)))
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

    /// <summary>
    /// A bullet marker set apart from its text ("•", "-", "o" and a tab before the item) belongs to the text after it:
    /// the two are one segment, so the item reads as "• Etablering af …" and stays in one column. A marker followed by
    /// figures only is a dash in a table ("-" then "5.000") and stays apart.
    /// </summary>
    private static List<TextSegment> JoinMarkers(IReadOnlyList<TextSegment> segments, LayoutOptions options)
    {
        var result = new List<TextSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (i + 1 < segments.Count
                && segment.Words.Count == 1
                && options.BulletMarkers.Contains(segment.Text)
                && !segments[i + 1].Words.All(w => DanishNumber.Parse(w.Text).Kind is NumberKind.Value or NumberKind.Dash or NumberKind.Placeholder)
                && segments[i + 1].Box.X0 - segment.Box.X1 <= options.BulletGapEm * segment.FontSize)
            {
                result.Add(new TextSegment([.. segment.Words, .. segments[i + 1].Words]));
                i++;
            }
            else
            {
                result.Add(segment);
            }
        }

        return result;
    }

    /// <summary>Words gathered on one baseline; the tallest word decides what else shares the line.</summary>
    private sealed class Band
    {
        private TextWord reference;

        public Band(TextWord first)
        {
            reference = first;
            Words.Add(first);
            Bottom = first.Box.Y1;
        }

        public List<TextWord> Words { get; } = [];

        public double Bottom { get; private set; }

        public void Add(TextWord word)
        {
            Words.Add(word);
            Bottom = Math.Max(Bottom, word.Box.Y1);
            if (word.Box.Height > reference.Box.Height)
            {
                reference = word;
            }
        }

        /// <summary>
        /// A word joins when it overlaps the tallest word vertically by the given share of the smaller height (so a
        /// superscript still joins its line) and does not sit on top of a word already there.
        /// </summary>
        public bool Accepts(TextWord word, double ratio)
        {
            var smaller = Math.Min(reference.Box.Height, word.Box.Height);
            return smaller > 0
                && reference.Box.VerticalOverlap(word.Box) >= ratio * smaller
                && !Words.Any(w => w.Box.HorizontalOverlap(word.Box) > 0.5 * Math.Min(w.Box.Width, word.Box.Width));
        }
    }
}
