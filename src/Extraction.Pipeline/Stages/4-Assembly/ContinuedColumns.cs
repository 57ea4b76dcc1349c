using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Which column of a table each column of its continuation on the next page is. The same columns line up (number
/// columns by their right edges or centres, others by overlap), whatever the continuation's own column finding made of
/// them: it may lack the columns it prints nothing in, or read a repeated header with fewer of its lines.
/// </summary>
internal static class ContinuedColumns
{
    /// <summary>
    /// For each column of <paramref name="next"/>, the index of the column of <paramref name="previous"/> it continues
    /// (-1 for an empty column of its own); null when a column holding something lines up with none, when two go to
    /// the same column or out of order, when no number column lines up, or when a repeated header names a column otherwise.
    /// </summary>
    public static IReadOnlyList<int>? Map(TableGrid previous, TableGrid next, double tolerance)
    {
        if (next.Kind != previous.Kind)
        {
            return null;
        }

        if (SameColumns(previous, next, tolerance))
        {
            return Enumerable.Range(0, next.Columns.Count).ToList();
        }

        if (next.Kind != TableKind.Numeric)
        {
            return null;
        }

        var map = new List<int>();
        for (var j = 0; j < next.Columns.Count; j++)
        {
            var column = next.Columns[j];
            var k = Counterpart(previous, column, tolerance);
            var printed = next.Rows.Any(r => !r.Cells[j].IsBlank);
            if (k < 0 && printed)
            {
                return null;
            }

            var header = column.Header.Where(h => h.Length > 0).ToList();
            if (k >= 0 && header.Count > 0 && !header.SequenceEqual(previous.Columns[k].Header))
            {
                return null;
            }

            map.Add(printed ? k : -1);
        }

        var kept = map.Where(k => k >= 0).ToList();
        var ordered = kept.Zip(kept.Skip(1)).All(p => p.First < p.Second);
        var figures = kept.Any(k => previous.Columns[k].Role == ColumnRole.Number);
        return ordered && figures ? map : null;
    }

    private static bool SameColumns(TableGrid previous, TableGrid next, double tolerance) =>
        previous.Columns.Count == next.Columns.Count
        && previous.Columns.Zip(next.Columns).All(p => p.First.Role == p.Second.Role && (p.First.Role != ColumnRole.Number || Aligned(p.First, p.Second, tolerance)));

    /// <summary>The previous table's column of the same role this column lines up with best; -1 when none.</summary>
    private static int Counterpart(TableGrid previous, GridColumn column, double tolerance)
    {
        var candidates = Enumerable.Range(0, previous.Columns.Count)
            .Where(k => previous.Columns[k].Role == column.Role)
            .Where(k => column.Role == ColumnRole.Number ? Aligned(previous.Columns[k], column, tolerance) : Overlap(previous.Columns[k], column) > 0)
            .ToList();
        return candidates.Count == 0
            ? -1
            : column.Role == ColumnRole.Number
                ? candidates.MinBy(k => Math.Abs(previous.Columns[k].X1 - column.X1))
                : candidates.MaxBy(k => Overlap(previous.Columns[k], column));
    }

    /// <summary>Number columns line up when their right edges (or, for centred numbers, their centres) agree.</summary>
    private static bool Aligned(GridColumn a, GridColumn b, double tolerance) =>
        Math.Abs(a.X1 - b.X1) <= tolerance || Math.Abs(a.CenterX - b.CenterX) <= tolerance;

    private static double Overlap(GridColumn a, GridColumn b) => Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0);
}
