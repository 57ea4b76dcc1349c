using Extraction.Document;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// A general table's slots as a <see cref="TableGrid"/> of kind <see cref="TableKind.General"/>: its first row with
/// text is the header (with column spans), the rows below are the body; the first column holds the labels and the
/// others text, so no figure of it is read as a fact.
/// </summary>
internal static class GeneralGrid
{
    public static TableGrid Of(SlotGrid slots, int page)
    {
        var filled = slots.Cells.Where(c => c.Text.Length > 0).ToList();
        var headerRow = filled.Min(c => c.Row);
        var header = filled.Where(c => c.Row == headerRow)
            .GroupBy(c => c.Column)
            .Select(g => new HeaderCell(Joined(g), 0, g.Key, g.Max(c => c.ColumnSpan), 1, Box.Enclosing(g.Select(c => c.Box))))
            .OrderBy(c => c.FirstColumn)
            .ToList();
        var columns = Enumerable.Range(0, slots.ColumnCount).Select(c => new GridColumn(
            slots.ColumnEdges[c],
            slots.ColumnEdges[c + 1],
            c == 0 ? ColumnRole.Label : ColumnRole.Text,
            [header.FirstOrDefault(h => h.FirstColumn <= c && c < h.FirstColumn + h.ColumnSpan)?.Text ?? string.Empty])).ToList();
        var rows = filled.Where(c => c.Row > headerRow)
            .GroupBy(c => c.Row)
            .OrderBy(g => g.Key)
            .Select(g => new GridRow(page, Box.Enclosing(g.Select(c => c.Box)), Enumerable.Range(0, slots.ColumnCount).Select(column =>
            {
                var here = g.Where(c => c.Column == column).ToList();
                return here.Count == 0 ? GridCell.Blank : new GridCell(Joined(here), Box.Enclosing(here.Select(c => c.Box)), here.All(c => c.IsBold));
            }).ToList()))
            .ToList();
        return new TableGrid(page, slots.Box, columns, header, rows, slots.IsRuled, [(page, slots.Box)]) { Kind = TableKind.General };
    }

    private static string Joined(IEnumerable<SlotCell> cells) => string.Join(' ', cells.OrderBy(c => c.Box.Y0).ThenBy(c => c.Box.X0).Select(c => c.Text));
}
