using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Joins a table continued over a page break: the first table of a page, with no caption or heading of its own, whose
/// columns line up with the table just before it, on the previous page, is its continuation (with or without a repeated
/// header), and its rows take that table's columns (<see cref="ContinuedColumns"/>). A header left alone at the foot of
/// a page heads the body that starts the next one (<see cref="StrandedHeader"/>). A body of figures without a header
/// where a continuation would be, whose columns line up with nothing, is kept as it is: its columns name no measure,
/// which makes it a doubtful table rather than lost figures. Elsewhere a body without a header is not kept: nothing
/// says what its columns are, nor that it is a table (a page number beside a running footer).
/// </summary>
public static class TableContinuation
{
    public static IReadOnlyList<(TableGrid Grid, TableContext Context, bool? HeaderRepeated)> Merge(
        IReadOnlyList<TableInContext> tables,
        double tolerance,
        HyphenationOptions hyphenation)
    {
        var merged = new List<(TableGrid Grid, TableContext Context, bool? HeaderRepeated)>();
        var lastKept = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var (grid, context) = tables[i];
            var continues = merged.Count > 0 && lastKept == i - 1 && FollowsOnNextPage(merged[^1].Grid, grid, context);
            if (continues)
            {
                var (previous, previousContext, _) = merged[^1];
                if (ContinuedColumns.Map(previous, grid, tolerance) is { } map)
                {
                    merged[^1] = (Join(previous, grid, map), WithNotes(previousContext, context), grid.HasHeader);
                    lastKept = i;
                    continue;
                }

                if (StrandedHeader.Heading(previous, grid, tolerance, hyphenation) is { } headed)
                {
                    merged[^1] = (headed, WithNotes(previousContext, context), null);
                    lastKept = i;
                    continue;
                }
            }

            if (grid.HasHeader || (continues && grid.Kind == TableKind.Numeric))
            {
                merged.Add((grid, context, null));
                lastKept = i;
            }
        }

        return merged;
    }

    private static bool FollowsOnNextPage(TableGrid previous, TableGrid next, TableContext context) =>
        !context.StartsSection && next.Page == previous.Boxes[^1].Page + 1;

    private static TableContext WithNotes(TableContext previous, TableContext next) =>
        previous with { Notes = previous.Notes.Concat(next.Notes).ToList() };

    /// <summary>The previous table with the continuation's rows, each cell moved to the previous table's column it lines up with.</summary>
    private static TableGrid Join(TableGrid previous, TableGrid next, IReadOnlyList<int> map)
    {
        var source = previous.Columns.Select((_, k) => map.ToList().IndexOf(k)).ToList();
        var rows = next.Rows.Select(r => r with { Cells = source.Select(j => j >= 0 ? r.Cells[j] : GridCell.Blank).ToList() });
        return previous with
        {
            Rows = previous.Rows.Concat(rows).ToList(),
            Boxes = previous.Boxes.Concat(next.Boxes).ToList(),
            SideFields = previous.SideFields.Concat(next.SideFields).ToList(),
            InlineNotes = previous.InlineNotes.Concat(next.InlineNotes.Select(n => n with { AfterRow = n.AfterRow + previous.Rows.Count })).ToList(),
        };
    }
}
