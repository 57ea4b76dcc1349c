using Extraction.Document.Numbers;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Gives a table of figures that prints no unit (a blank corner cell) the unit of the nearest earlier table with the
/// same column measures, else the default unit when one is configured; either is marked as inferred. Tables whose
/// columns name their own units, and tables of text, are left alone.
/// </summary>
public static class UnitInference
{
    public static IReadOnlyList<BudgetTable> Apply(IReadOnlyList<BudgetTable> tables, Unit? fallback = null)
    {
        var result = tables.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            var table = result[i];
            var numberColumns = table.Columns.Where(c => c.Role == ColumnRole.Number).ToList();
            if (table.Unit is not null || numberColumns.Count == 0 || numberColumns.Any(c => c.Budget.Unit is not null))
            {
                continue;
            }

            var shape = Shape(table);
            var source = result.Take(i).Reverse().Concat(result.Skip(i + 1))
                .FirstOrDefault(t => t.Unit is not null && !t.UnitInferred && Shape(t) == shape);
            if ((source?.Unit ?? fallback) is { } unit)
            {
                result[i] = table with { Unit = unit, UnitInferred = true };
            }
        }

        return result;
    }

    private static string Shape(BudgetTable table) =>
        string.Join('|', table.Columns.Where(c => c.Role == ColumnRole.Number).Select(c => $"{c.Budget.Measure}:{c.Budget.Year}"));
}
