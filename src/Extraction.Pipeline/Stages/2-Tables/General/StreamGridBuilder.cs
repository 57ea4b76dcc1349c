using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// A region without rulings as a grid (Tabula's and Nurminen's text-edge idea): the columns are separated by the blank
/// spaces that the multi-cell lines share, each line is a row, and each word goes to the column its centre lies in. A
/// phrase whose words run across a column boundary (a header over two columns) is one cell spanning them.
/// </summary>
internal sealed class StreamGridBuilder(GeneralTableOptions options)
{
    private readonly WrappedRows rows = new(options);

    public SlotGrid? Build(GeneralRegion region)
    {
        var cellular = region.Lines.Where(l => l.Segments.Count >= 2).ToList();
        if (cellular.Count == 0)
        {
            return null;
        }

        var em = cellular.Select(l => l.FontSize).Order().ElementAt(cellular.Count / 2);
        var edges = ColumnEdges(cellular, region.Box, em);
        var cells = new List<SlotCell>();
        foreach (var (line, row) in region.Lines.Select((l, i) => (l, i)))
        {
            foreach (var segment in line.Segments)
            {
                cells.AddRange(Cells(segment, row, edges));
            }
        }

        return WithoutProseColumns(rows.Join(new SlotGrid(region.Box, edges, cells, region.Lines.Count, edges.Count - 1, false), region.Lines));
    }

    /// <summary>
    /// The grid without a first or last column of prose: a table set beside a column of running text shares its lines
    /// with that text, which is not part of it.
    /// </summary>
    private SlotGrid WithoutProseColumns(SlotGrid grid)
    {
        while (grid.ColumnCount > options.MinColumns)
        {
            if (IsProse(grid, grid.ColumnCount - 1))
            {
                var last = grid.ColumnCount - 1;
                var cells = grid.Cells.Where(c => c.Column < last).Select(c => c with { ColumnSpan = Math.Min(c.ColumnSpan, last - c.Column) }).ToList();
                grid = grid with { ColumnEdges = grid.ColumnEdges.Take(last + 1).ToList(), Cells = cells, ColumnCount = last };
            }
            else if (IsProse(grid, 0))
            {
                var cells = grid.Cells.Where(c => c.Column > 0).Select(c => c with { Column = c.Column - 1 }).ToList();
                grid = grid with { ColumnEdges = grid.ColumnEdges.Skip(1).ToList(), Cells = cells, ColumnCount = grid.ColumnCount - 1 };
            }
            else
            {
                break;
            }
        }

        var kept = grid.Cells.Where(c => c.Text.Length > 0).ToList();
        return kept.Count == 0 ? grid : grid with { Box = Box.Enclosing(kept.Select(c => c.Box)), Cells = kept };
    }

    private bool IsProse(SlotGrid grid, int column)
    {
        var cells = grid.Cells.Where(c => c.Column == column && c.Text.Length > 0).ToList();
        return cells.Count > 0 && cells.Average(c => Words(c.Text)) > options.MaxMeanCellWords;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// The left edge of the region, the middle of each blank space at least the minimum gap wide that no more than the
    /// allowed share of the multi-cell lines cross, and the right edge.
    /// </summary>
    private List<double> ColumnEdges(List<TextLine> lines, Box box, double em)
    {
        var allowed = (int)Math.Floor(options.GapCrossingRatio * lines.Count);
        var cuts = lines.SelectMany(l => l.Words).SelectMany(w => new[] { w.Box.X0, w.Box.X1 }).Append(box.X0).Append(box.X1).Distinct().Order().ToList();
        var crossing = Crossings(lines, cuts);
        var edges = new List<double> { box.X0 };
        double? gapStart = null;
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            if (crossing[i] <= allowed)
            {
                gapStart ??= cuts[i];
            }
            else if (gapStart is { } start)
            {
                if (cuts[i] - start >= options.MinColumnGapEm * em && start > box.X0)
                {
                    edges.Add((start + cuts[i]) / 2);
                }

                gapStart = null;
            }
        }

        edges.Add(box.X1);
        return edges;
    }

    /// <summary>
    /// For the middle of each pair of neighbouring cuts, how many lines have a word over it: each line's words merged
    /// into runs, each run counted once over the middles it covers (a sweep, not every line tried at every middle).
    /// </summary>
    private static int[] Crossings(List<TextLine> lines, List<double> cuts)
    {
        var middles = new double[Math.Max(cuts.Count - 1, 0)];
        for (var i = 0; i < middles.Length; i++)
        {
            middles[i] = (cuts[i] + cuts[i + 1]) / 2;
        }

        var steps = new int[middles.Length + 1];
        foreach (var line in lines)
        {
            foreach (var (x0, x1) in Runs(line))
            {
                var first = Count(middles, m => m < x0);
                var last = Count(middles, m => m <= x1) - 1;
                if (first <= last)
                {
                    steps[first]++;
                    steps[last + 1]--;
                }
            }
        }

        var crossing = new int[middles.Length];
        var running = 0;
        for (var i = 0; i < middles.Length; i++)
        {
            running += steps[i];
            crossing[i] = running;
        }

        return crossing;
    }

    /// <summary>A line's words as runs of overlapping extents, left to right.</summary>
    private static List<(double X0, double X1)> Runs(TextLine line)
    {
        var runs = new List<(double X0, double X1)>();
        foreach (var word in line.Words.OrderBy(w => w.Box.X0))
        {
            if (runs.Count > 0 && word.Box.X0 <= runs[^1].X1)
            {
                runs[^1] = (runs[^1].X0, Math.Max(runs[^1].X1, word.Box.X1));
            }
            else
            {
                runs.Add((word.Box.X0, word.Box.X1));
            }
        }

        return runs;
    }

    /// <summary>How many of the ascending <paramref name="values"/> satisfy <paramref name="below"/>, which holds for a prefix of them.</summary>
    private static int Count(double[] values, Func<double, bool> below)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (below(values[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static IEnumerable<SlotCell> Cells(TextSegment segment, int row, List<double> edges)
    {
        var run = new List<TextWord>();
        var first = -1;
        var last = -1;
        foreach (var word in segment.Words.OrderBy(w => w.Box.X0))
        {
            var column = Column(edges, word.Box.CenterX);
            var crossesBoundary = run.Count > 0 && column != last && !edges.Any(e => e > run[^1].Box.X1 && e < word.Box.X0);
            if (run.Count > 0 && column != last && !crossesBoundary)
            {
                yield return Cell(run, row, first, last);
                run = [];
                first = column;
            }

            if (run.Count == 0)
            {
                first = column;
            }

            run.Add(word);
            last = column;
        }

        if (run.Count > 0)
        {
            yield return Cell(run, row, first, last);
        }
    }

    private static SlotCell Cell(List<TextWord> words, int row, int first, int last) =>
        new(row, first, 1, last - first + 1, CellText.Join(words), Box.Enclosing(words.Select(w => w.Box)), words.All(w => w.IsBold));

    private static int Column(List<double> edges, double x)
    {
        for (var i = 1; i + 1 < edges.Count; i++)
        {
            if (x < edges[i])
            {
                return i - 1;
            }
        }

        return edges.Count - 2;
    }
}
