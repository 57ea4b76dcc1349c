using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// Totals and subtotals against the rows they sum, column by column. With item codes the hierarchy comes from them
/// ("1" sums "1.a", "1.b"; a total sums the top-level codes); otherwise a subtotal sums the items above it and a total
/// sums the subtotals (and items after the last one), or the items since the previous total.
/// </summary>
public static class ColumnSumCheck
{
    public static IEnumerable<CheckResult> Run(BudgetTable table, decimal tolerance)
    {
        var groups = table.Rows.Any(r => r.Code is not null) ? ByCode(table) : ByPosition(table);
        foreach (var (target, terms) in groups)
        {
            if (terms.Count == 0)
            {
                continue;
            }

            foreach (var column in Cells.NumberColumns(table))
            {
                if (!Cells.IsPrinted(table, target, column) || terms.Any(t => Cells.Amount(table, t, column) is null))
                {
                    continue;
                }

                var computed = terms.Sum(t => Cells.Amount(table, t, column)!.Value);
                var printed = Cells.Amount(table, target, column)!.Value;
                yield return new CheckResult(
                    CheckKind.ColumnSum,
                    table.Rows[target].Kind == RowKind.Total ? "total = sum of rows" : "subtotal = sum of rows",
                    Cells.Reference(table, target, column),
                    terms.Select(t => new CheckTerm(Cells.Reference(table, t, column), 1)).ToList(),
                    computed,
                    Math.Abs(printed - computed) <= tolerance);
            }
        }
    }

    private static IEnumerable<(int Target, List<int> Terms)> ByCode(BudgetTable table)
    {
        var rows = table.Rows;
        foreach (var row in rows)
        {
            if (row.Code is { } code)
            {
                var prefix = code.TrimEnd('.') + ".";
                var children = rows.Where(r => r.Code is { } c && c.StartsWith(prefix, StringComparison.Ordinal) && !c[prefix.Length..].TrimEnd('.').Contains('.'))
                    .Select(r => r.Index)
                    .ToList();
                if (children.Count > 0)
                {
                    yield return (row.Index, children);
                }
            }
            else if (row.Kind == RowKind.Total)
            {
                yield return (row.Index, rows.Where(r => r.Code is { } c && !c.TrimEnd('.').Contains('.')).Select(r => r.Index).ToList());
            }
        }
    }

    private static IEnumerable<(int Target, List<int> Terms)> ByPosition(BudgetTable table)
    {
        var items = new List<int>();
        var subtotals = new List<int>();
        foreach (var row in table.Rows)
        {
            switch (row.Kind)
            {
                case RowKind.Data:
                    items.Add(row.Index);
                    break;
                case RowKind.Subtotal:
                    yield return (row.Index, items.ToList());
                    subtotals.Add(row.Index);
                    items.Clear();
                    break;
                case RowKind.Total:
                    yield return (row.Index, subtotals.Concat(items).ToList());
                    subtotals.Clear();
                    items.Clear();
                    break;
            }
        }
    }
}
