using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// The same figure printed in several tables must agree: the summary table's row for an activity area, the area's
/// own summary table and the bottom line of its detail table; the policy area's totals. Each printing is compared with
/// the previous one of the same subject, measure and year, so a slip is reported once where it appears rather than
/// against every other table. Within a proposal, its bottom lines and its named items are compared across its tables
/// (the summary table against the appropriation tables). Items below the activity areas are not compared: rows with
/// the same label in different tables ("Udgifter" in two proposals) need not be the same thing.
/// </summary>
public static class CrossTableCheck
{
    private const string Rule = "same figure in two tables";

    internal static IEnumerable<CheckResult> Run(IReadOnlyList<BudgetTable> tables, SubjectResolver subjects, IReadOnlyList<IReadOnlyList<string>> equivalent, decimal tolerance)
    {
        var canonical = Canonical(equivalent);
        var occurrences = new Dictionary<(Subject, Measure, int), List<Occurrence>>();
        foreach (var table in tables)
        {
            foreach (var (subject, rows, _) in Statements(table, subjects).Where(s => s.Subject.IsCompared))
            {
                foreach (var column in table.Columns.Where(c => c.Role == Tables.ColumnRole.Number && c.Budget.Measure != Measure.Unknown && c.Budget.Year is not null))
                {
                    if (rows.Any(r => Cells.Amount(table, r, column.Index) is null))
                    {
                        continue;
                    }

                    var key = (subject, canonical.GetValueOrDefault(column.Budget.Measure, column.Budget.Measure), column.Budget.Year!.Value);
                    if (!occurrences.TryGetValue(key, out var list))
                    {
                        occurrences[key] = list = [];
                    }

                    list.Add(new Occurrence(table, rows, column.Index));
                }
            }
        }

        foreach (var list in occurrences.Values)
        {
            for (var i = 1; i < list.Count; i++)
            {
                if (list[i - 1].Table != list[i].Table && Compare(list[i - 1], list[i], tolerance) is { } result)
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>
    /// The statements a table makes: each item or subtotal row on its own, and the bottom line: a single total row
    /// together with any rows printed after it in the same unit (adjustments below the total; not a count of staff), or
    /// each total row when there are several.
    /// </summary>
    internal static IEnumerable<(Subject Subject, IReadOnlyList<int> Rows, bool BottomLine)> Statements(BudgetTable table, SubjectResolver subjects)
    {
        var printed = table.Rows.Where(r => Cells.NumberColumns(table).Any(c => Cells.IsPrinted(table, r.Index, c))).ToList();
        var totals = printed.Where(r => r.Kind == RowKind.Total).ToList();
        foreach (var row in printed.Where(r => r.Kind != RowKind.Total))
        {
            if (totals.Count == 1 && row.Index > totals[0].Index && row.Unit is null)
            {
                continue;
            }

            yield return (subjects.OfRow(table, row), [row.Index], false);
        }

        if (totals.Count == 1)
        {
            yield return (subjects.OfTotal(table, totals[0]), printed.Where(r => r.Index == totals[0].Index || (r.Index > totals[0].Index && r.Unit is null)).Select(r => r.Index).ToList(), true);
        }
        else
        {
            foreach (var total in totals)
            {
                yield return (subjects.OfTotal(table, total), [total.Index], false);
            }
        }
    }

    private static CheckResult? Compare(Occurrence a, Occurrence b, decimal tolerance)
    {
        var (target, terms) = a.Rows.Count == 1 ? (a, b) : b.Rows.Count == 1 ? (b, a) : (null, null);
        if (target is null || terms is null)
        {
            return null;
        }

        var targetUnit = target.Table.UnitOf(target.Rows[0], target.Column);
        var termUnit = terms.Table.UnitOf(terms.Rows[0], terms.Column);
        if (targetUnit is not null && termUnit is not null && targetUnit.Name != termUnit.Name)
        {
            return null;
        }

        var ratio = (termUnit?.Scale ?? 1m) / (targetUnit?.Scale ?? 1m);
        var computed = terms.Rows.Sum(r => Cells.Amount(terms.Table, r, terms.Column)!.Value) * ratio;
        var printed = Cells.Amount(target.Table, target.Rows[0], target.Column)!.Value;
        return new CheckResult(
            CheckKind.CrossTable,
            Rule,
            Cells.Reference(target.Table, target.Rows[0], target.Column),
            terms.Rows.Select(r => new CheckTerm(Cells.Reference(terms.Table, r, terms.Column), 1)).ToList(),
            computed,
            Math.Abs(printed - computed) <= tolerance);
    }

    internal static Dictionary<Measure, Measure> Canonical(IReadOnlyList<IReadOnlyList<string>> equivalent)
    {
        var map = new Dictionary<Measure, Measure>();
        foreach (var group in equivalent)
        {
            var measures = group.Select(n => MeasureNames.TryParse(n, out var m) ? m : Measure.Unknown).Where(m => m != Measure.Unknown).ToList();
            foreach (var measure in measures.Skip(1))
            {
                map[measure] = measures[0];
            }
        }

        return map;
    }

    private sealed record Occurrence(BudgetTable Table, IReadOnlyList<int> Rows, int Column);
}
