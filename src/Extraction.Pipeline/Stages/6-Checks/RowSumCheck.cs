using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// A total column ("I alt" after "2025 … 2029") against the year columns it sums, row by row: the columns with a year
/// between the previous total column (or the table's start) and it. Rows whose total cell is blank are not checked.
/// </summary>
public static class RowSumCheck
{
    public const string Rule = "total column = sum of years";

    public static IEnumerable<CheckResult> Run(BudgetTable table, Measure total, decimal tolerance)
    {
        var numbers = Cells.NumberColumns(table).ToList();
        var start = 0;
        for (var k = 0; k < numbers.Count; k++)
        {
            var column = table.Columns[numbers[k]];
            if (column.Budget.Measure != total || column.Budget.Year is not null)
            {
                continue;
            }

            var terms = numbers.Skip(start).Take(k - start).Where(c => table.Columns[c].Budget.Year is not null).ToList();
            start = k + 1;
            if (terms.Count < 2)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (!Cells.IsPrinted(table, row.Index, column.Index) || terms.Any(t => Cells.Amount(table, row.Index, t) is null))
                {
                    continue;
                }

                var computed = terms.Sum(t => Cells.Amount(table, row.Index, t)!.Value);
                var printed = Cells.Amount(table, row.Index, column.Index)!.Value;
                yield return new CheckResult(
                    CheckKind.RowSum,
                    Rule,
                    Cells.Reference(table, row.Index, column.Index),
                    terms.Select(t => new CheckTerm(Cells.Reference(table, row.Index, t), 1)).ToList(),
                    computed,
                    Math.Abs(printed - computed) <= tolerance);
            }
        }
    }
}
