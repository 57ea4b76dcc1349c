using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// Row formulas from pipeline.json (e.g. Skøn = Tekn. + Tillæg; Over-/underskud = Regnskab − Korr. budget): for each
/// column of the target measure, the term columns of the same year; each row whose target cell is printed is checked.
/// </summary>
public static class RowFormulaCheck
{
    public static IEnumerable<CheckResult> Run(BudgetTable table, IReadOnlyList<RowFormula> formulas, decimal tolerance)
    {
        foreach (var formula in formulas)
        {
            if (!MeasureNames.TryParse(formula.Target, out var target))
            {
                continue;
            }

            foreach (var targetColumn in table.Columns.Where(c => c.Budget.Measure == target))
            {
                var terms = formula.Terms
                    .Select(t => (Column: MeasureNames.TryParse(t.Measure, out var m) ? TermColumn(table, m, targetColumn.Budget.Year) : null, t.Sign))
                    .ToList();
                if (terms.Any(t => t.Column is null))
                {
                    continue;
                }

                foreach (var row in table.Rows)
                {
                    if (!Cells.IsPrinted(table, row.Index, targetColumn.Index) || terms.Any(t => Cells.Amount(table, row.Index, t.Column!.Index) is null))
                    {
                        continue;
                    }

                    var computed = terms.Sum(t => t.Sign * Cells.Amount(table, row.Index, t.Column!.Index)!.Value);
                    var printed = Cells.Amount(table, row.Index, targetColumn.Index)!.Value;
                    yield return new CheckResult(
                        CheckKind.RowFormula,
                        formula.Name,
                        Cells.Reference(table, row.Index, targetColumn.Index),
                        terms.Select(t => new CheckTerm(Cells.Reference(table, row.Index, t.Column!.Index), t.Sign)).ToList(),
                        computed,
                        Math.Abs(printed - computed) <= tolerance);
                }
            }
        }
    }

    private static TableColumn? TermColumn(BudgetTable table, Measure measure, int? year) =>
        table.Columns.FirstOrDefault(c => c.Budget.Measure == measure && c.Budget.Year == year);
}
