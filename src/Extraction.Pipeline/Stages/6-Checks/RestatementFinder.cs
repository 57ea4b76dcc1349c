using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// Finds the printed figures that restate money given elsewhere, so that the rest (the leaves) add up to each krone
/// once. Within a table, totals and subtotals restate the items printed with them, and a total column restates the
/// year columns. Across tables, the figure of one subject (the policy area, an activity area, a proposal) printed in
/// several tables is kept only where it is shown in most detail (most items; the later table on a tie, the detail
/// table following its summary); the other printings restate it: a single row, or a whole table column when the
/// printing is that table's bottom line. Subjects and measures are told as the cross-table check tells them.
/// </summary>
public sealed class RestatementFinder
{
    private readonly SubjectPatterns patterns;
    private readonly Dictionary<Measure, Measure> canonical;
    private readonly Measure? rowTotal;

    public RestatementFinder(CheckOptions options, IReadOnlyList<string> totalRowPatterns)
    {
        patterns = new SubjectPatterns(options, totalRowPatterns);
        canonical = CrossTableCheck.Canonical(options.EquivalentMeasures);
        rowTotal = MeasureNames.TryParse(options.RowTotalMeasure, out var measure) ? measure : null;
    }

    public IReadOnlyList<Restatement> Find(IReadOnlyList<BudgetTable> tables, DocumentStructure structure)
    {
        var numeric = tables.Where(t => t.Kind == TableKind.Numeric).ToList();
        var found = new Dictionary<(string Uid, int Row, int Column), RestatementKind>();
        foreach (var table in numeric)
        {
            WithinTable(table, found);
        }

        AcrossTables(numeric, new SubjectResolver(patterns, structure.ActivityAreas), found);
        return found.Select(f => new Restatement(f.Key.Uid, f.Key.Row, f.Key.Column, f.Value))
            .OrderBy(r => r.TableUid, StringComparer.Ordinal).ThenBy(r => r.Row).ThenBy(r => r.Column)
            .ToList();
    }

    private void WithinTable(BudgetTable table, Dictionary<(string, int, int), RestatementKind> found)
    {
        var columns = Cells.NumberColumns(table).ToList();
        var yearColumns = columns.Count(c => table.Columns[c].Budget.Year is not null);
        foreach (var column in columns)
        {
            var isTotalColumn = rowTotal is { } total && table.Columns[column].Budget.Measure == total && yearColumns > 0;
            var printed = table.Rows.Where(r => Cells.IsPrinted(table, r.Index, column)).ToList();
            foreach (var row in printed)
            {
                RestatementKind? kind = isTotalColumn ? RestatementKind.TotalColumn
                    : row.Kind == RowKind.Total && HasItemsAbove(printed, row) ? RestatementKind.TotalRow
                    : row.Kind == RowKind.Subtotal && HasItems(printed, row) ? RestatementKind.Subtotal
                    : null;
                if (kind is { } k)
                {
                    found[(table.Uid, row.Index, column)] = k;
                }
            }
        }
    }

    /// <summary>A total adds up the rows above it (since the previous total); rows printed after it are adjustments, not its items.</summary>
    private static bool HasItemsAbove(IReadOnlyList<BudgetRow> printed, BudgetRow total)
    {
        var previous = printed.LastOrDefault(r => r.Kind == RowKind.Total && r.Index < total.Index)?.Index ?? -1;
        return printed.Any(r => r.Kind != RowKind.Total && r.Index > previous && r.Index < total.Index);
    }

    /// <summary>A subtotal with an item code adds up the rows of its sub-codes ("1" over "1.a"); one without a code, the table's items.</summary>
    private static bool HasItems(IReadOnlyList<BudgetRow> printed, BudgetRow subtotal) =>
        subtotal.Code is { Length: > 0 } code
            ? printed.Any(r => r.Code?.StartsWith(code + ".", StringComparison.Ordinal) == true)
            : printed.Any(r => r.Kind == RowKind.Data);

    private void AcrossTables(IReadOnlyList<BudgetTable> tables, SubjectResolver subjects, Dictionary<(string, int, int), RestatementKind> found)
    {
        var occurrences = new Dictionary<(Subject, Measure, int), List<Printing>>();
        foreach (var table in tables)
        {
            foreach (var (subject, rows, bottomLine) in CrossTableCheck.Statements(table, subjects).Where(s => s.Subject.IsCompared))
            {
                foreach (var column in table.Columns.Where(c => c.Role == ColumnRole.Number && c.Budget.Measure != Measure.Unknown && c.Budget.Year is not null))
                {
                    if (rows.Any(r => Cells.Amount(table, r, column.Index) is null) || !rows.Any(r => Cells.IsPrinted(table, r, column.Index)))
                    {
                        continue;
                    }

                    var key = (subject, canonical.GetValueOrDefault(column.Budget.Measure, column.Budget.Measure), column.Budget.Year!.Value);
                    if (!occurrences.TryGetValue(key, out var list))
                    {
                        occurrences[key] = list = [];
                    }

                    var items = table.Rows.Count(r => r.Kind == RowKind.Data && Cells.IsPrinted(table, r.Index, column.Index));
                    list.Add(new Printing(table, rows, column.Index, bottomLine, bottomLine ? Math.Max(1, items) : 1));
                }
            }
        }

        foreach (var list in occurrences.Values.Where(l => l.Select(p => p.Table).Distinct().Count() > 1))
        {
            var kept = list.Last(p => p.Detail == list.Max(q => q.Detail));
            foreach (var printing in list.Where(p => p.Table != kept.Table))
            {
                var rows = printing.BottomLine ? printing.Table.Rows.Select(r => r.Index) : printing.Rows;
                foreach (var row in rows.Where(r => Cells.IsPrinted(printing.Table, r, printing.Column)))
                {
                    found.TryAdd((printing.Table.Uid, row, printing.Column), RestatementKind.SummaryTable);
                }
            }
        }
    }

    private sealed record Printing(BudgetTable Table, IReadOnlyList<int> Rows, int Column, bool BottomLine, int Detail);
}
