using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// A ruled region as a grid: the distinct positions of its rulings cut it into slots; where no ruling separates two
/// neighbouring slots they are one spanning cell. Each word goes to the slot its centre lies in.
/// </summary>
internal sealed class LatticeGridBuilder(double rulingTolerance, int minRows)
{
    public SlotGrid? Build(GeneralRegion region)
    {
        var xs = Positions(region.Rulings.Where(r => !r.IsHorizontal));
        var ys = Positions(region.Rulings.Where(r => r.IsHorizontal));
        if (xs.Count < 2 || ys.Count < 2)
        {
            return null;
        }

        var rows = ys.Count - 1;
        var columns = xs.Count - 1;
        var owner = new int[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                owner[r, c] = r * columns + c;
            }
        }

        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !Ruled(region.Rulings, false, xs[c + 1], ys[r], ys[r + 1]))
                {
                    parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                }

                if (r + 1 < rows && !Ruled(region.Rulings, true, ys[r + 1], xs[c], xs[c + 1]))
                {
                    parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
                }
            }
        }

        if (HoldsTables(region, xs, ys, columns, Find))
        {
            return null;
        }

        var words = new Dictionary<int, List<TextWord>>();
        foreach (var word in region.Lines.SelectMany(l => l.Words))
        {
            var c = Slot(xs, word.Box.CenterX);
            var r = Slot(ys, word.Box.CenterY);
            if (c < 0 || r < 0)
            {
                continue;
            }

            var root = Find(r * columns + c);
            if (!words.TryGetValue(root, out var list))
            {
                words[root] = list = [];
            }

            list.Add(word);
        }

        var cells = Enumerable.Range(0, rows * columns)
            .GroupBy(Find)
            .Select(g =>
            {
                var slots = g.ToList();
                var r0 = slots.Min(s => s / columns);
                var r1 = slots.Max(s => s / columns);
                var c0 = slots.Min(s => s % columns);
                var c1 = slots.Max(s => s % columns);
                var text = words.TryGetValue(g.Key, out var list) ? CellText.Join(list) : string.Empty;
                return new SlotCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, text, new Box(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]), list?.All(w => w.IsBold) == true);
            })
            .ToList();
        return new SlotGrid(region.Box, xs, cells, rows, columns, true);
    }

    /// <summary>
    /// True when a cell holds a table of its own: enough lines split into cells by wide blank spaces, with a blank column
    /// they all share (rulings only under the header and around the body). The rulings do not draw this grid; its text
    /// does. Justified words of a header cell leave no blank column common to its lines.
    /// </summary>
    private bool HoldsTables(GeneralRegion region, List<double> xs, List<double> ys, int columns, Func<int, int> find)
    {
        var splitLines = new Dictionary<int, List<IReadOnlyList<TextWord>>>();
        foreach (var line in region.Lines)
        {
            var inCells = line.Segments
                .Select(s => (Segment: s, Column: Slot(xs, s.Box.CenterX), Row: Slot(ys, s.Box.CenterY)))
                .Where(s => s.Column >= 0 && s.Row >= 0)
                .GroupBy(s => find(s.Row * columns + s.Column))
                .Where(g => g.Count() > 1);
            foreach (var cell in inCells)
            {
                if (!splitLines.TryGetValue(cell.Key, out var lines))
                {
                    splitLines[cell.Key] = lines = [];
                }

                lines.Add(cell.SelectMany(s => s.Segment.Words).ToList());
            }
        }

        return splitLines.Values.Any(lines => lines.Count >= minRows && SharesBlankColumn(lines));
    }

    private static bool SharesBlankColumn(List<IReadOnlyList<TextWord>> lines) =>
        lines.SelectMany(GapMiddles).Any(x => lines.All(l =>
            l.Any(w => w.Box.X1 < x) && l.Any(w => w.Box.X0 > x) && !l.Any(w => w.Box.X0 <= x && w.Box.X1 >= x)));

    private static IEnumerable<double> GapMiddles(IReadOnlyList<TextWord> line)
    {
        var words = line.OrderBy(w => w.Box.X0).ToList();
        return words.Zip(words.Skip(1), (a, b) => (a.Box.X1 + b.Box.X0) / 2);
    }

    /// <summary>Distinct positions of the rulings, pieces closer than the tolerance taken as one.</summary>
    private List<double> Positions(IEnumerable<Ruling> rulings)
    {
        var positions = new List<double>();
        foreach (var p in rulings.Select(r => r.Position).Order())
        {
            if (positions.Count == 0 || p - positions[^1] > rulingTolerance)
            {
                positions.Add(p);
            }
        }

        return positions;
    }

    /// <summary>Whether a ruling at <paramref name="position"/> runs between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool Ruled(IReadOnlyList<Ruling> rulings, bool horizontal, double position, double from, double to)
    {
        var middle = (from + to) / 2;
        return rulings.Any(r => r.IsHorizontal == horizontal && Math.Abs(r.Position - position) <= rulingTolerance
            && r.Start <= middle && r.End >= middle);
    }

    private static int Slot(List<double> edges, double at)
    {
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            if (at >= edges[i] && at < edges[i + 1])
            {
                return i;
            }
        }

        return -1;
    }
}
