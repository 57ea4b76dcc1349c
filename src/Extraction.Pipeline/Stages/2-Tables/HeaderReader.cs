using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Reads a table's header lines into cells. With rules, each cell is the area between the rules around its text, so
/// a cell spans the columns under it ("Budget 2020" over three columns) and header rows are told apart; a header cell
/// over no body column adds an (empty) column. Without rules, <see cref="AlignedHeaderReader"/> reads it.
/// </summary>
internal sealed class HeaderReader
{
    private readonly TableOptions options;
    private readonly HyphenationOptions hyphenation;
    private readonly ColumnHeaderParser parser;
    private readonly AlignedHeaderReader aligned;

    public HeaderReader(TableOptions options, HyphenationOptions hyphenation, ColumnHeaderParser parser)
    {
        this.options = options;
        this.hyphenation = hyphenation;
        this.parser = parser;
        aligned = new AlignedHeaderReader(options, hyphenation, parser);
    }

    public (List<ColumnExtent> Columns, List<HeaderCell> Cells, List<IReadOnlyList<string>> Paths) Read(
        IReadOnlyList<TextLine> header,
        List<ColumnExtent> columns,
        TableRegion region,
        double bodyTop)
    {
        if (header.Count == 0)
        {
            return (columns, [], columns.Select(_ => (IReadOnlyList<string>)[]).ToList());
        }

        if (region.RuledBox is null)
        {
            return aligned.Read(header, columns);
        }

        var segments = header.SelectMany(l => l.Segments).ToList();
        var raw = RuledCells(segments, region, bodyTop);

        var all = columns.ToList();
        foreach (var cell in raw.OrderBy(c => c.TextX0))
        {
            var isLeaf = !raw.Any(o => o != cell && o.Y0 >= cell.Y1 - options.RulingTolerance && o.X0 < cell.X1 && o.X1 > cell.X0);
            if (isLeaf && !all.Any(c => Covers(cell, c)))
            {
                var typed = parser.Read(cell.Text, null);
                var role = typed.Measure != Measure.Unknown || typed.Year is not null ? ColumnRole.Number : ColumnRole.Text;
                all.Add(new ColumnExtent(cell.TextX0, cell.TextX1, role));
            }
        }

        all = all.OrderBy(c => c.X0).ToList();
        var levels = Levels(raw);
        var cells = new List<HeaderCell>();
        foreach (var cell in raw)
        {
            var covered = Enumerable.Range(0, all.Count).Where(i => Covers(cell, all[i])).ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            var level = LevelOf(levels, cell.Y0);
            var rowSpan = Math.Max(1, levels.Count(y => y >= cell.Y0 - options.RulingTolerance && y < cell.Y1 - options.RulingTolerance));
            cells.Add(new HeaderCell(cell.Text, level, covered[0], covered[^1] - covered[0] + 1, rowSpan, new Box(cell.X0, cell.Y0, cell.X1, cell.Y1)));
        }

        cells = cells.OrderBy(c => c.Level).ThenBy(c => c.FirstColumn).ToList();
        var paths = Enumerable.Range(0, all.Count)
            .Select(i => (IReadOnlyList<string>)cells
                .Where(c => i >= c.FirstColumn && i < c.FirstColumn + c.ColumnSpan)
                .OrderBy(c => c.Level)
                .Select(c => c.Text)
                .ToList())
            .ToList();
        return (all, cells, paths);
    }

    private bool Covers(RawCell cell, ColumnExtent column) =>
        column.CenterX >= cell.X0 - options.RulingTolerance && column.CenterX <= cell.X1 + options.RulingTolerance;

    /// <summary>Cells bounded by the rules around each segment; segments in the same bounds form one cell.</summary>
    private List<RawCell> RuledCells(List<TextSegment> segments, TableRegion region, double bodyTop)
    {
        var box = region.RuledBox!.Value;
        var tolerance = options.RulingTolerance;
        var horizontal = region.Rulings.Where(r => r.IsHorizontal).ToList();
        var vertical = region.Rulings.Where(r => !r.IsHorizontal).ToList();
        var top = box.Y0;

        var groups = segments.GroupBy(s =>
        {
            var cx = s.Box.CenterX;
            var cy = s.Box.CenterY;
            var above = horizontal.Where(r => r.Position <= s.Box.Y0 + tolerance && r.Start <= cx && r.End >= cx).Select(r => r.Position).DefaultIfEmpty(top).Max();
            var below = horizontal.Where(r => r.Position >= s.Box.Y1 - tolerance && r.Start <= cx && r.End >= cx).Select(r => r.Position).DefaultIfEmpty(bodyTop).Min();
            var left = vertical.Where(r => r.Position <= s.Box.X0 + tolerance && r.Start <= cy && r.End >= cy).Select(r => r.Position).DefaultIfEmpty(box.X0).Max();
            var right = vertical.Where(r => r.Position >= s.Box.X1 - tolerance && r.Start <= cy && r.End >= cy).Select(r => r.Position).DefaultIfEmpty(box.X1).Min();
            return (Round(left), Round(above), Round(right), Round(below));
        });

        return groups.Select(g => MakeCell(g.ToList(), g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4)).ToList();
    }

    private RawCell MakeCell(List<TextSegment> segments, double x0, double y0, double x1, double y1)
    {
        var lines = segments
            .GroupBy(s => Math.Round(s.Box.Y0))
            .OrderBy(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(s => s.Box.X0).Select(s => s.Text)));
        return new RawCell(LineJoiner.Join(lines, hyphenation), x0, y0, x1, y1, segments.Min(s => s.Box.X0), segments.Max(s => s.Box.X1));
    }

    private List<double> Levels(List<RawCell> cells)
    {
        var levels = new List<double>();
        foreach (var y in cells.Select(c => c.Y0).Order())
        {
            if (levels.Count == 0 || y - levels[^1] > options.RulingTolerance)
            {
                levels.Add(y);
            }
        }

        return levels;
    }

    private int LevelOf(List<double> levels, double y) => Math.Max(0, levels.FindLastIndex(l => l <= y + options.RulingTolerance));

    private static double Round(double value) => Math.Round(value, 1);

    private sealed record RawCell(string Text, double X0, double Y0, double X1, double Y1, double TextX0, double TextX1);
}
