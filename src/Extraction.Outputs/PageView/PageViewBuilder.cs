using Extraction.Document;
using Extraction.Outputs;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Outputs.PageView;

/// <summary>
/// Builds a page view's model from a processed document: the pages asked for as read, and everything the pipeline
/// found on them. The value cells are the document's facts, so the view shows exactly what facts.csv holds.
/// </summary>
internal static class PageViewBuilder
{
    /// <summary>The model for the pages in <paramref name="pages"/>; null when the document was not processed.</summary>
    public static PageViewModel? Build(DocumentInspection inspection, PageRange pages)
    {
        if (inspection is not { Outcome: DocumentSucceeded { Extraction: var extraction }, Text: { } text, Layout: { } layout })
        {
            return null;
        }

        var structure = extraction.Structure;
        var document = new ViewDocument(
            extraction.SourceFile,
            structure.Title,
            structure.Municipality,
            structure.DocumentKind,
            structure.FiscalYear,
            structure.PolicyArea,
            extraction.PageCount);
        var drawn = pages.Pages(text.Pages.Count).ToHashSet();
        var viewPages = text.Pages
            .Where(p => drawn.Contains(p.Number))
            .Select(p => Page(p, layout.Pages[p.Number - 1], extraction))
            .ToList();
        var (values, checks) = ValuesAndChecks(extraction);
        return new PageViewModel(
            document,
            viewPages,
            extraction.Tables.Select(t => Table(t)).ToList(),
            values,
            checks,
            structure.Charts.Select(c => new ViewChart(c.Page, c.Box, c.Caption, c.HasPicture)).ToList(),
            extraction.UnreadFigures
                .Where(u => u.Box is not null)
                .Select(u => new ViewUnreadFigure(u.Page, u.Box!.Value, u.Text, u.RowLabel, u.ColumnLabel))
                .ToList());
    }

    private static ViewPage Page(PageText page, PageLayout layout, DocumentExtraction extraction)
    {
        var blocks = extraction.Structure.Blocks
            .Where(b => b.Page == page.Number)
            .Select(b => new ViewBlock(b.Box, BlockRoleNames.Name(b.Role)))
            .Concat(layout.Furniture.Select(f => new ViewBlock(f.Segment.Box, BlockRoleNames.Name(f.Kind))))
            .ToList();
        return new ViewPage(
            page.Number,
            page.Width,
            page.Height,
            extraction.PageLabel(page.Number),
            page.Words.Select(w => new ViewWord(w.Box, w.Text, w.IsBold, w.IsHorizontal)).ToList(),
            page.Rulings.Select(r => r.Box).ToList(),
            blocks,
            page.Images);
    }

    private static ViewTable Table(BudgetTable table) => new(
        table.Uid,
        table.Id,
        table.Title ?? table.Description ?? table.Caption ?? string.Empty,
        table.Unit?.Printed,
        table.Boxes,
        table.Columns.Select(c => new ViewColumn(c.X0, c.X1, c.Role.ToString().ToLowerInvariant(), c.Label, HeaderMeaning.Of(table, c))).ToList(),
        table.HeaderCells.Select(h => new ViewHeaderCell(h.Box, h.Level, h.FirstColumn, h.ColumnSpan, h.Text, HeaderMeaning.Of(table, h))).ToList(),
        table.Rows.Select(r => new ViewRow(r.Page, r.Box, r.Label, r.Kind.ToString().ToLowerInvariant())).ToList())
    {
        Confidence = table.Confidence.Score,
        ConfidenceReasons = table.Confidence.Reasons.Select(r => r.ToString()).ToList(),
    };

    private static (List<ViewValue> Values, List<ViewCheck> Checks) ValuesAndChecks(DocumentExtraction extraction)
    {
        var facts = FactBuilder.Build(extraction).ToList();
        var cells = CellIndex(extraction);
        var located = facts.Select(f => cells.TryGetValue(Key(f.TableUid, f.Page, new Box(f.X0, f.Y0, f.X1, f.Y1)), out var at) ? at : (Table: -1, Row: -1, Column: -1)).ToList();
        var valueOf = new Dictionary<(int, int, int), int>();
        for (var i = 0; i < located.Count; i++)
        {
            if (located[i].Row >= 0)
            {
                valueOf.TryAdd(located[i], i);
            }
        }

        var tableIndex = extraction.Tables.Select((t, i) => (t.Uid, i)).ToDictionary(x => x.Uid, x => x.i);
        var checks = extraction.Checks.Select(check =>
        {
            var members = new[] { check.Target }.Concat(check.Terms.Select(t => t.Cell))
                .Select(cell => tableIndex.TryGetValue(cell.Table, out var table) && valueOf.TryGetValue((table, cell.Row, cell.Column), out var index) ? index : -1)
                .Where(index => index >= 0)
                .Distinct()
                .ToList();
            var target = $"'{check.Target.RowLabel}' / '{check.Target.ColumnLabel}'";
            return new ViewCheck(CheckKindName(check.Kind), check.Rule, check.Holds, check.Message, check.Target.Page, target, check.Printed, check.Computed, members);
        }).ToList();

        var byValue = checks
            .SelectMany((check, index) => check.Values.Select(v => (Value: v, Check: index)))
            .ToLookup(x => x.Value, x => x.Check);
        var values = facts.Select((fact, i) => new ViewValue(
            located[i].Table,
            located[i].Row,
            located[i].Column,
            located[i].Row >= 0 ? extraction.Tables[located[i].Table].Rows[located[i].Row].Cells[located[i].Column].Text : fact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            fact,
            byValue[i].ToList(),
            byValue[i].Any(c => !checks[c].Holds))).ToList();
        return (values, checks);
    }

    /// <summary>Every printed cell of every table by where it is, so each fact finds its table, row and column.</summary>
    private static Dictionary<string, (int Table, int Row, int Column)> CellIndex(DocumentExtraction extraction)
    {
        var index = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        for (var t = 0; t < extraction.Tables.Count; t++)
        {
            var table = extraction.Tables[t];
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    index.TryAdd(Key(table.Uid, row.Page, row.Cells[c].Box ?? row.Box), (t, row.Index, c));
                }
            }
        }

        return index;
    }

    private static string Key(string table, int page, Box box) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{table}|{page}|{Round(box.X0)}|{Round(box.Y0)}|{Round(box.X1)}|{Round(box.Y1)}");

    // Facts carry their boxes rounded this way; the cells are keyed the same so the two meet.
    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string CheckKindName(CheckKind kind) => kind switch
    {
        CheckKind.ColumnSum => "column_sum",
        CheckKind.RowFormula => "row_formula",
        CheckKind.CrossTable => "cross_table",
        _ => kind.ToString(),
    };
}
