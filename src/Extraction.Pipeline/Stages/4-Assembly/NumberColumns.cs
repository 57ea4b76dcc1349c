using Extraction.Document.Numbers;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Decides a table's number convention from the cells of its number columns, and which columns hold numbers in it:
/// the tables stage knows only the Danish convention, so a text column every printed cell of which is a number in one
/// of the conventions ("1,234.5", "1.370.000 kr.") is a number column; its cells are then read in the table's convention
/// only, and those that another convention reads are misfits (text, and a doubt), as are those it reads in a form another
/// convention reads as another value (ambiguous: read, and a doubt).
/// </summary>
public static class NumberColumns
{
    public static (NumberConvention Convention, int Misfits, int Ambiguous, IReadOnlyList<ColumnRole> Roles) Decide(TableGrid grid, NumberConventionDecision decision)
    {
        var candidates = Enumerable.Range(0, grid.Columns.Count)
            .Where(c => grid.Columns[c].Role is ColumnRole.Number or ColumnRole.Text && grid.Kind == TableKind.Numeric)
            .ToList();
        var (convention, _) = decision.Decide(Printed(grid, candidates));
        var roles = grid.Columns.Select((column, c) => column.Role == ColumnRole.Text && candidates.Contains(c) && AllNumbers(grid, c, decision)
            ? ColumnRole.Number
            : column.Role).ToList();
        var numbers = Enumerable.Range(0, roles.Count).Where(c => roles[c] == ColumnRole.Number).ToList();
        var printed = Printed(grid, numbers);
        var (_, misfits) = decision.Decide(printed);
        return (convention, misfits, decision.Ambiguous(printed, convention), roles);
    }

    private static List<string> Printed(TableGrid grid, IReadOnlyList<int> columns) =>
        grid.Rows.SelectMany(r => columns.Select(c => r.Cells[c]).Where(cell => !cell.IsBlank).Select(cell => cell.Text)).ToList();

    private static bool AllNumbers(TableGrid grid, int column, NumberConventionDecision decision)
    {
        var printed = grid.Rows.Select(r => r.Cells[column]).Where(c => !c.IsBlank).ToList();
        return printed.Count > 0 && printed.All(c => decision.ReadsInAny(c.Text));
    }
}
