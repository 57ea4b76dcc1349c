using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Extraction.Document;

namespace Extraction.Outputs.PageView;

/// <summary>
/// Writes a page view's model as the compact JSON its script reads, the bulk of each page apart so that a page is parsed
/// only when it is drawn: geometry as arrays of numbers (0.1 pt), value boxes as in facts.csv, word flags as bits
/// (1 bold, 2 rotated). Characters that could end a script element are escaped, Danish letters are not.
/// </summary>
internal static class PageViewJson
{
    private const int BoldFlag = 1;
    private const int RotatedFlag = 2;

    private static readonly PageViewJsonContext Context = new(new JsonSerializerOptions(PageViewJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>The document, tables, values, checks and charts, and of each page only its number, size and label.</summary>
    public static void Write(PageViewModel model, Stream output)
    {
        var document = model.Document;
        var data = new PageViewData(
            new DocumentData(document.SourceFile, document.Title, document.Municipality, document.DocumentKind, document.FiscalYear, document.PolicyArea, document.PageCount),
            model.Pages.Select(page => new PageData(page.Number, Round(page.Width), Round(page.Height), page.Label)).ToList(),
            model.Tables.Select(Table).ToList(),
            model.Values.Select(Value).ToList(),
            model.Checks.Select(c => new CheckData(c.Kind, c.Rule, c.Holds, c.Message, c.Page, c.Target, c.Printed, c.Computed, c.Values)).ToList(),
            model.Charts.Select(chart => Items(chart.Page, chart.Box, chart.Caption, chart.HasPicture)).ToList(),
            model.UnreadFigures.Select(unread => Items(unread.Page, unread.Box, unread.Text, unread.RowLabel, unread.ColumnLabel)).ToList());
        JsonSerializer.Serialize(output, data, Context.PageViewData);
    }

    /// <summary>What is drawn of one page (words, rules, blocks, pictures): read by the script only when the page is drawn.</summary>
    public static void WritePage(ViewPage page, Stream output)
    {
        var drawing = new PageDrawing(
            page.Words.Select(word => Items(word.Box, word.Text, (word.IsBold ? BoldFlag : 0) | (word.IsHorizontal ? 0 : RotatedFlag))).ToList(),
            page.Rules.Select(Corners).ToList(),
            page.Blocks.Select(block => Items(block.Box, block.Role)).ToList(),
            page.Pictures.Select(Corners).ToList());
        JsonSerializer.Serialize(output, drawing, Context.PageDrawing);
    }

    private static TableData Table(ViewTable table) => new(
        table.Uid,
        table.Id,
        table.Title,
        table.Unit,
        table.Boxes.Select(b => Items(b.Page, b.Box)).ToList(),
        table.Columns.Select(c => new object?[] { Round(c.X0), Round(c.X1), c.Role, c.Label, c.Meaning }).ToList(),
        table.Header.Select(cell => cell.Box is { } box
            ? Items(box, cell.Level, cell.FirstColumn, cell.ColumnSpan, cell.Text, cell.Meaning)
            : Items(null, null, null, null, cell.Level, cell.FirstColumn, cell.ColumnSpan, cell.Text, cell.Meaning)).ToList(),
        table.Rows.Select(row => Items(row.Page, row.Box, row.Label, row.Kind)).ToList());

    private static ValueData Value(ViewValue value)
    {
        var fact = value.Fact;
        return new ValueData(
            value.Table, value.Row, value.Column, fact.Page, [fact.X0, fact.Y0, fact.X1, fact.Y1], value.Printed,
            fact.TableUid, fact.TableId, fact.TableTitle, fact.ActivityArea, fact.RowLabel, fact.RowKind, fact.ColumnLabel, fact.Measure,
            fact.Year, fact.YearInferred, fact.Value, fact.Unit, fact.UnitPrinted, fact.Scale, fact.AmountDkk, value.Checks, value.Failed);
    }

    /// <summary>One array of mixed values; a box takes four places, its corners rounded.</summary>
    private static object?[] Items(params object?[] items) =>
        items.SelectMany(item => item switch
        {
            Box box => Corners(box).Cast<object?>(),
            _ => [item],
        }).ToArray();

    private static double[] Corners(Box box) => [Round(box.X0), Round(box.Y0), Round(box.X1), Round(box.Y1)];

    private static double? Round(double? value) => value is { } v ? Round(v) : null;

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
