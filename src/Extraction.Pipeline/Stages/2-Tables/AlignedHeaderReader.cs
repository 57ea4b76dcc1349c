using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Reads a header printed without rules. Each header segment belongs to the column it overlaps most; text over no
/// column starts an (empty) column of its own. A segment on an upper line that names a measure and year ("Budget 2020")
/// over a column whose own header is complete without it, and would not be with it, is a group header: it spans the
/// neighbouring columns nearer to it than to the next group header.
/// </summary>
internal sealed class AlignedHeaderReader
{
    private readonly TableOptions options;
    private readonly HyphenationOptions hyphenation;
    private readonly ColumnHeaderParser parser;

    public AlignedHeaderReader(TableOptions options, HyphenationOptions hyphenation, ColumnHeaderParser parser)
    {
        this.options = options;
        this.hyphenation = hyphenation;
        this.parser = parser;
    }

    public (List<ColumnExtent> Columns, List<HeaderCell> Cells, List<IReadOnlyList<string>> Paths) Read(IReadOnlyList<TextLine> header, List<ColumnExtent> bodyColumns)
    {
        var segments = header.SelectMany((line, index) => line.Segments.Select(s => (Line: index, Segment: s))).ToList();
        var columns = bodyColumns.ToList();
        var strays = segments.Where(s => !columns.Any(c => c.Overlap(s.Segment.Box.X0, s.Segment.Box.X1) > 0)).ToList();
        var stacked = StackedOnTextHeaders(segments, strays, columns);
        strays = strays.Where(s => !stacked.ContainsKey(s)).ToList();
        foreach (var group in StrayColumns(strays))
        {
            var typed = parser.Read(Join(group), null);
            var role = typed.Measure != Measure.Unknown || typed.Year is not null ? ColumnRole.Number : ColumnRole.Text;
            columns.Add(new ColumnExtent(group.Min(s => s.Segment.Box.X0), group.Max(s => s.Segment.Box.X1), role));
        }

        columns = columns.OrderBy(c => c.X0).ToList();
        var stacks = columns.Select(_ => new List<(int Line, TextSegment Segment)>()).ToList();
        foreach (var item in segments)
        {
            var column = stacked.TryGetValue(item, out var under) ? columns.IndexOf(under) : RowBuilder.ColumnOf(columns, item.Segment.Box.X0, item.Segment.Box.X1);
            stacks[column].Add(item);
        }

        var groups = new List<(int Column, (int Line, TextSegment Segment) Item)>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Role == ColumnRole.Number)
            {
                groups.AddRange(stacks[c].Where(item => IsGroupHeader(item, stacks[c], header.Count)).Select(item => (c, item)));
            }
        }

        foreach (var (column, item) in groups)
        {
            stacks[column].Remove(item);
        }

        return Cells(columns, stacks, groups);
    }

    /// <summary>
    /// Header text over no body column, grouped into the columns it heads, from the lowest header line up: a segment
    /// on an upper line that lies over a column already formed below joins it, so that a group header ("Regnskab 2019")
    /// printed just beside the neighbouring group's last column does not join the two groups into one column.
    /// </summary>
    private List<List<(int Line, TextSegment Segment)>> StrayColumns(List<(int Line, TextSegment Segment)> strays)
    {
        var columns = new List<List<(int Line, TextSegment Segment)>>();
        foreach (var line in strays.GroupBy(s => s.Line).OrderByDescending(g => g.Key))
        {
            var fresh = new List<(int Line, TextSegment Segment)>();
            foreach (var stray in line)
            {
                var under = columns
                    .Select(c => (Column: c, Overlap: Math.Min(c.Max(s => s.Segment.Box.X1), stray.Segment.Box.X1) - Math.Max(c.Min(s => s.Segment.Box.X0), stray.Segment.Box.X0)))
                    .Where(c => c.Overlap > 0)
                    .OrderByDescending(c => c.Overlap)
                    .FirstOrDefault();
                (under.Column ?? fresh).Add(stray);
            }

            columns.AddRange(Intervals.Cluster(fresh, s => (s.Segment.Box.X0, s.Segment.Box.X1), options.ColumnJoinTolerance));
        }

        return columns;
    }

    /// <summary>
    /// Header text over no body column that is printed on another line of a text column's header cell ("udgift" under
    /// "Indtægt/" over a column of "U"): the cell is wider than its column's text, and the line belongs to it rather
    /// than to a new, empty column. Text naming a measure or year is left alone: that is an empty number column.
    /// </summary>
    private Dictionary<(int Line, TextSegment Segment), ColumnExtent> StackedOnTextHeaders(
        List<(int Line, TextSegment Segment)> segments,
        List<(int Line, TextSegment Segment)> strays,
        List<ColumnExtent> columns)
    {
        var stacked = new Dictionary<(int Line, TextSegment Segment), ColumnExtent>();
        foreach (var stray in strays)
        {
            var typed = parser.Read(stray.Segment.Text, null);
            if (typed.Measure != Measure.Unknown || typed.Year is not null)
            {
                continue;
            }

            var partner = segments.FirstOrDefault(o =>
                o.Line != stray.Line
                && !strays.Contains(o)
                && o.Segment.Box.HorizontalOverlap(stray.Segment.Box) >= 0.5 * Math.Min(o.Segment.Box.Width, stray.Segment.Box.Width));
            if (partner.Segment is null)
            {
                continue;
            }

            var column = columns[RowBuilder.ColumnOf(columns, partner.Segment.Box.X0, partner.Segment.Box.X1)];
            if (column.Role is ColumnRole.Text or ColumnRole.Label)
            {
                stacked[stray] = column;
            }
        }

        return stacked;
    }

    private (List<ColumnExtent>, List<HeaderCell>, List<IReadOnlyList<string>>) Cells(
        List<ColumnExtent> columns,
        List<List<(int Line, TextSegment Segment)>> stacks,
        List<(int Column, (int Line, TextSegment Segment) Item)> groups)
    {
        var level = groups.Count > 0 ? 1 : 0;
        var spanned = new int?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Role == ColumnRole.Number && groups.Count > 0)
            {
                spanned[c] = groups.Select((g, i) => (i, Distance: Math.Abs(g.Item.Segment.Box.CenterX - columns[c].CenterX))).MinBy(x => x.Distance).i;
            }
        }

        var cells = new List<HeaderCell>();
        for (var g = 0; g < groups.Count; g++)
        {
            var covered = Enumerable.Range(0, columns.Count).Where(c => spanned[c] == g).ToList();
            cells.Add(new HeaderCell(groups[g].Item.Segment.Text, 0, covered[0], covered[^1] - covered[0] + 1, 1, groups[g].Item.Segment.Box));
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (stacks[c].Count > 0)
            {
                cells.Add(new HeaderCell(Join(stacks[c]), level, c, 1, spanned[c] is null ? level + 1 : 1, Box.Enclosing(stacks[c].Select(s => s.Segment.Box))));
            }
        }

        var paths = Enumerable.Range(0, columns.Count)
            .Select(c => (IReadOnlyList<string>)cells.Where(h => c >= h.FirstColumn && c < h.FirstColumn + h.ColumnSpan).OrderBy(h => h.Level).Select(h => h.Text).ToList())
            .ToList();
        return (columns, cells.OrderBy(h => h.Level).ThenBy(h => h.FirstColumn).ToList(), paths);
    }

    private bool IsGroupHeader((int Line, TextSegment Segment) item, List<(int Line, TextSegment Segment)> stack, int lineCount)
    {
        if (item.Line == lineCount - 1 || stack.Count < 2 || stack.Any(s => s.Line < item.Line))
        {
            return false;
        }

        var alone = parser.Read(item.Segment.Text, null);
        var without = parser.Read(Join(stack.Where(s => s != item).ToList()), null);
        var with = parser.Read(Join(stack), null);
        return alone.Measure != Measure.Unknown && alone.Year is not null && without.Measure != Measure.Unknown && with.Measure == Measure.Unknown;
    }

    private string Join(IReadOnlyList<(int Line, TextSegment Segment)> items) =>
        LineJoiner.Join(
            items.GroupBy(i => i.Line).OrderBy(g => g.Key).Select(g => string.Join(' ', g.OrderBy(i => i.Segment.Box.X0).Select(i => i.Segment.Text))),
            hyphenation);
}
