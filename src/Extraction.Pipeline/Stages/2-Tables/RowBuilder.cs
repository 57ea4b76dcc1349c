using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>Puts the words of each body row into the columns they sit under: by position, never by order.</summary>
internal sealed class RowBuilder
{
    private readonly HyphenationOptions hyphenation;

    public RowBuilder(HyphenationOptions hyphenation)
    {
        this.hyphenation = hyphenation;
    }

    public GridRow Build(IReadOnlyList<LineProfile> lines, IReadOnlyList<ColumnExtent> columns, int page)
    {
        var pieces = new List<(int Column, int Line, TextSegment Segment)>();
        for (var l = 0; l < lines.Count; l++)
        {
            var profile = lines[l];
            for (var s = 0; s < profile.Line.Segments.Count; s++)
            {
                var segment = profile.Line.Segments[s];
                if (profile.NumericSegments[s] && segment.Words.Count > 1)
                {
                    // Numbers never contain spaces: each word of a numeric segment is a value of its own.
                    pieces.AddRange(segment.Words.Select(w => (ColumnOf(columns, w.Box.X0, w.Box.X1), l, new TextSegment([w]))));
                }
                else if (!profile.NumericSegments[s] && SpansFromLabel(columns, segment) is { } label)
                {
                    pieces.Add((label, l, segment));
                }
                else
                {
                    pieces.Add((ColumnOf(columns, segment.Box.X0, segment.Box.X1), l, segment));
                }
            }
        }

        var cells = columns.Select((_, c) =>
        {
            var mine = pieces.Where(p => p.Column == c).ToList();
            if (mine.Count == 0)
            {
                return GridCell.Blank;
            }

            var text = LineJoiner.Join(
                mine.GroupBy(p => p.Line).OrderBy(g => g.Key).Select(g => string.Join(' ', g.OrderBy(p => p.Segment.Box.X0).Select(p => p.Segment.Text))),
                hyphenation);
            return new GridCell(text, Box.Enclosing(mine.Select(p => p.Segment.Box)), mine.All(p => p.Segment.IsBold));
        }).ToList();

        return new GridRow(page, Box.Enclosing(lines.Select(l => l.Line.Box)), cells);
    }

    /// <summary>Text starting in the label column and running over further columns (a note row) belongs to the label.</summary>
    private static int? SpansFromLabel(IReadOnlyList<ColumnExtent> columns, TextSegment segment)
    {
        var label = columns.ToList().FindIndex(c => c.Role == ColumnRole.Label);
        var overlapped = columns.Count(c => c.Overlap(segment.Box.X0, segment.Box.X1) > 0);
        return label >= 0 && overlapped > 1 && columns[label].Overlap(segment.Box.X0, segment.Box.X1) > 0 ? label : null;
    }

    /// <summary>The column the extent overlaps most, or the nearest one when it overlaps none.</summary>
    public static int ColumnOf(IReadOnlyList<ColumnExtent> columns, double x0, double x1)
    {
        var best = 0;
        var bestOverlap = -1.0;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < columns.Count; i++)
        {
            var overlap = columns[i].Overlap(x0, x1);
            var distance = columns[i].Distance(x0, x1);
            if (overlap > bestOverlap || (overlap == 0 && bestOverlap == 0 && distance < bestDistance))
            {
                best = i;
                bestOverlap = overlap;
                bestDistance = distance;
            }
        }

        return best;
    }
}
