using Extraction.Document.Numbers;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>Reads cells for the checks: a blank or dash cell counts as 0, text and placeholders do not count.</summary>
internal static class Cells
{
    /// <summary>The cell's value; 0 for blank or dash; null for text or a placeholder (the check cannot use it).</summary>
    public static decimal? Amount(BudgetTable table, int row, int column)
    {
        var cell = table.Rows[row].Cells[column];
        return cell.Kind switch
        {
            NumberKind.Value => cell.Value,
            NumberKind.Blank or NumberKind.Dash => 0m,
            _ => null,
        };
    }

    public static bool IsPrinted(BudgetTable table, int row, int column) => table.Rows[row].Cells[column].Kind == NumberKind.Value;

    public static CellReference Reference(BudgetTable table, int row, int column) =>
        new(table.Uid, table.Id, row, column, table.Rows[row].Label, table.Columns[column].Label, Amount(table, row, column) ?? 0m, table.Rows[row].Page);

    public static IEnumerable<int> NumberColumns(BudgetTable table) =>
        table.Columns.Where(c => c.Role == Tables.ColumnRole.Number).Select(c => c.Index);
}
