using Extraction.Document;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Joins a table continued over a page break: the first table of a page, with no caption or heading of its own, whose
/// columns line up with the table just before it, on the previous page, is its continuation (with or without a repeated
/// header). A body without a header that continues nothing is not kept: nothing says what its columns are.
/// </summary>
public static class TableContinuation
{
    public static IReadOnlyList<(TableGrid Grid, TableContext Context, bool? HeaderRepeated)> Merge(
        IReadOnlyList<TableInContext> tables,
        double tolerance)
    {
        var merged = new List<(TableGrid Grid, TableContext Context, bool? HeaderRepeated)>();
        var lastKept = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var (grid, context) = tables[i];
            if (merged.Count > 0 && lastKept == i - 1 && Continues(merged[^1].Grid, grid, context, tolerance))
            {
                var (previous, previousContext, _) = merged[^1];
                var joined = previous with
                {
                    Rows = previous.Rows.Concat(grid.Rows).ToList(),
                    Boxes = previous.Boxes.Concat(grid.Boxes).ToList(),
                    SideFields = previous.SideFields.Concat(grid.SideFields).ToList(),
                    InlineNotes = previous.InlineNotes.Concat(grid.InlineNotes.Select(n => n with { AfterRow = n.AfterRow + previous.Rows.Count })).ToList(),
                };
                merged[^1] = (joined, previousContext with { Notes = previousContext.Notes.Concat(context.Notes).ToList() }, grid.HasHeader);
                lastKept = i;
                continue;
            }

            if (grid.HasHeader)
            {
                merged.Add((grid, context, null));
                lastKept = i;
            }
        }

        return merged;
    }

    private static bool Continues(TableGrid previous, TableGrid next, TableContext context, double tolerance) =>
        !context.StartsSection
        && next.Kind == previous.Kind
        && next.Page == previous.Boxes[^1].Page + 1
        && previous.Columns.Count == next.Columns.Count
        && previous.Columns.Zip(next.Columns).All(p => p.First.Role == p.Second.Role && (p.First.Role != ColumnRole.Number || Aligned(p.First, p.Second, tolerance)));

    /// <summary>Number columns line up when their right edges (or, for centred numbers, their centres) agree.</summary>
    private static bool Aligned(GridColumn a, GridColumn b, double tolerance) =>
        Math.Abs(a.X1 - b.X1) <= tolerance || Math.Abs(a.CenterX - b.CenterX) <= tolerance;
}
