using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Model;

/// <summary>
/// Text in a number column that is not a number ("(2.130)", "12 %", "ca. 400"): kept as printed in the table, but no
/// fact, because reading it as a figure would be a guess. Reported so that nothing goes missing from the facts unseen.
/// </summary>
/// <param name="Box">Where the text is printed; null when not known.</param>
public sealed record UnreadFigure(string? TableId, int Page, string RowLabel, string ColumnLabel, string Text, Box? Box)
{
    public static IEnumerable<UnreadFigure> In(BudgetTable table) =>
        from column in table.Columns
        where column.Role == ColumnRole.Number
        from row in table.Rows
        let cell = row.Cells[column.Index]
        where cell.Kind == NumberKind.Text
        select new UnreadFigure(table.Id, row.Page, row.Label, column.Label, cell.Text, cell.Box);

    public override string ToString() => $"[{(TableId is null ? string.Empty : "table " + TableId + ", ")}p. {Page}] '{RowLabel}' / '{ColumnLabel}': '{Text}'";
}
