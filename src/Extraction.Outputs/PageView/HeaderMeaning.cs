using System.Globalization;
using Extraction.Document.Numbers;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;

namespace Extraction.Outputs.PageView;

/// <summary>Says in words what the pipeline read a column or header cell to mean: "actual 2023", "row labels".</summary>
internal static class HeaderMeaning
{
    public static string Of(BudgetTable table, TableColumn column)
    {
        var budget = column.Budget;
        switch (column.Role)
        {
            case ColumnRole.Label:
                return table.Unit is { } unit ? "row labels; table unit " + Describe(unit) : "row labels";
            case ColumnRole.Code:
                return "item codes";
            case ColumnRole.Text:
                return "text";
        }

        var meaning = budget.Measure == Measure.Unknown ? "unknown measure" : budget.Measure.Name().Replace('_', ' ');
        if (budget.Year is { } year)
        {
            meaning += " " + year.ToString(CultureInfo.InvariantCulture) + (budget.YearInferred ? " (year from the fiscal year)" : string.Empty);
        }

        return budget.Unit is { } own ? meaning + "; unit " + Describe(own) : meaning;
    }

    /// <summary>A cell over one column means what the column means; a cell over several names the columns it groups.</summary>
    public static string Of(BudgetTable table, HeaderCell cell)
    {
        var covered = table.Columns.Skip(cell.FirstColumn).Take(cell.ColumnSpan).ToList();
        if (covered.Count == 1)
        {
            return Of(table, covered[0]);
        }

        return "over " + covered.Count.ToString(CultureInfo.InvariantCulture) + " columns: "
            + string.Join(", ", covered.Select(c => Of(table, c)).Distinct());
    }

    private static string Describe(Unit unit) =>
        unit.Scale == 1 ? unit.Name : string.Create(CultureInfo.InvariantCulture, $"{unit.Name} × {unit.Scale:#,0.###}");
}
