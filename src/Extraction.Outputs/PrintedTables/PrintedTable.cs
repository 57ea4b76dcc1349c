using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;

namespace Extraction.Outputs;

/// <summary>One printed cell of a table's grid: its row and column (from 0, header rows first), spans and text.</summary>
public sealed record PrintedCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);

/// <summary>
/// The part of a table printed on one page, as a grid of cells; empty cells are left out. <paramref name="Box"/> is the
/// table's extent on the page (points, origin top-left), so a scorer can tell a table that lies outside every table of a
/// ground truth.
/// </summary>
public sealed record PrintedTable(int Page, string? TableId, string? Title, Box Box, IReadOnlyList<PrintedCell> Cells)
{
    /// <summary>
    /// A table as printed, page by page: the header rows on the page where the table starts (and on later pages when
    /// the header is repeated there), then its rows on the page each is printed on. Row labels are as the JSON has them
    /// (lines joined); values as printed.
    /// </summary>
    public static IEnumerable<PrintedTable> Of(BudgetTable table)
    {
        var headerRows = table.HeaderCells.Count == 0 ? 0 : table.HeaderCells.Max(c => c.Level + c.RowSpan);
        var header = table.HeaderCells
            .Where(c => c.Text.Length > 0)
            .Select(c => new PrintedCell(c.Level, c.FirstColumn, c.RowSpan, c.ColumnSpan, c.Text))
            .ToList();
        var pages = table.Boxes.Select(b => b.Page).Concat(table.Rows.Select(r => r.Page)).Distinct().Order().ToList();
        foreach (var page in pages)
        {
            var withHeader = page == pages[0] || table.HeaderRepeated == true;
            var cells = withHeader ? new List<PrintedCell>(header) : [];
            var row = withHeader ? headerRows : 0;
            foreach (var printed in table.Rows.Where(r => r.Page == page))
            {
                cells.AddRange(table.Columns
                    .Select(column => (column.Index, Text: CellText(printed, column)))
                    .Where(cell => cell.Text.Length > 0)
                    .Select(cell => new PrintedCell(row, cell.Index, 1, 1, cell.Text)));
                row++;
            }

            if (cells.Count > 0)
            {
                var box = Box.Enclosing(table.Boxes.Where(b => b.Page == page).Select(b => b.Box)
                    .Concat(table.Rows.Where(r => r.Page == page).Select(r => r.Box)));
                yield return new PrintedTable(page, table.Id, table.Title, box, cells);
            }
        }
    }

    private static string CellText(BudgetRow row, TableColumn column) => column.Role switch
    {
        ColumnRole.Label => row.Label,
        ColumnRole.Code => row.Code ?? row.Cells[column.Index].Text,
        _ => row.Cells[column.Index].Text,
    };
}
