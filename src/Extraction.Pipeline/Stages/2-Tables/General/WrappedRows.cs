using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// Joins the lines of a stream grid that make one row: a line whose cells fill none of the columns of the line next to
/// it (a label wrapped around the values printed beside it; once per row, so that rows whose label and values sit on
/// separate baselines stay apart), and a line that only continues cells of the row above
/// (each of its cells starts in lower case or with an opening bracket). Lines further apart than the gap allowed stay
/// rows of their own.
/// </summary>
internal sealed class WrappedRows(GeneralTableOptions options)
{
    public SlotGrid Join(SlotGrid grid, IReadOnlyList<TextLine> lines)
    {
        var target = Enumerable.Range(0, lines.Count).ToArray();
        var columns = Enumerable.Range(0, lines.Count).Select(r => grid.Cells.Where(c => c.Row == r).Select(c => c.Column).ToHashSet()).ToList();
        var joinedBeside = new bool[lines.Count];
        for (var r = 1; r < lines.Count; r++)
        {
            var above = target[r - 1];
            var gap = lines[r].Box.Y0 - lines[r - 1].Box.Y1;
            if (columns[r].Count == 0 || columns[above].Count == 0 || gap > options.ContinuationGapEm * lines[r].FontSize)
            {
                continue;
            }

            var disjoint = !joinedBeside[above] && !columns[r].Overlaps(columns[above]);
            var continues = columns[r].IsSubsetOf(columns[above]) && grid.Cells.Where(c => c.Row == r).All(c => Continues(c.Text));
            if (disjoint || continues)
            {
                target[r] = above;
                joinedBeside[above] |= disjoint;
                columns[above].UnionWith(columns[r]);
            }
        }

        var cells = grid.Cells
            .GroupBy(c => (Row: target[c.Row], c.Column))
            .Select(g => g.Count() == 1 ? g.First() with { Row = g.Key.Row } : new SlotCell(
                g.Key.Row,
                g.Key.Column,
                1,
                g.Max(c => c.ColumnSpan),
                string.Join(' ', g.OrderBy(c => c.Box.Y0).Select(c => c.Text)),
                Box.Enclosing(g.Select(c => c.Box)),
                g.All(c => c.IsBold)))
            .ToList();
        return grid with { Cells = cells };
    }

    private static bool Continues(string text) => text.Length > 0 && (char.IsLower(text[0]) || text[0] == '(');
}
