using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Extraction.Document;

namespace Extraction.Outputs.PageView;

/// <summary>
/// Writes a page view's model as the compact JSON its script reads, the bulk of each page apart so that a page is parsed
/// only when it is drawn: geometry as arrays of numbers (0.1 pt), value
/// boxes as in facts.csv, word flags as bits (1 bold, 2 rotated). Characters that could end a script element are escaped, Danish letters are not.
/// </summary>
public static class PageViewJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The document, tables, values, checks and charts, and of each page only its number, size and label.</summary>
    public static void Write(PageViewModel model, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        Document(json, model.Document);
        json.WriteStartArray("pages");
        foreach (var page in model.Pages)
        {
            json.WriteStartObject();
            json.WriteNumber("n", page.Number);
            json.WriteNumber("w", Round(page.Width));
            json.WriteNumber("h", Round(page.Height));
            json.WriteString("label", page.Label);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in model.Tables)
        {
            Table(json, table);
        }

        json.WriteEndArray();
        json.WriteStartArray("values");
        foreach (var value in model.Values)
        {
            Value(json, value);
        }

        json.WriteEndArray();
        json.WriteStartArray("checks");
        foreach (var check in model.Checks)
        {
            json.WriteStartObject();
            json.WriteString("kind", check.Kind);
            json.WriteString("rule", check.Rule);
            json.WriteBoolean("holds", check.Holds);
            json.WriteString("message", check.Message);
            json.WriteNumber("page", check.Page);
            json.WriteString("target", check.Target);
            json.WriteNumber("printed", check.Printed);
            json.WriteNumber("computed", check.Computed);
            Numbers(json, "values", check.Values);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("charts");
        foreach (var chart in model.Charts)
        {
            json.WriteStartArray();
            json.WriteNumberValue(chart.Page);
            BoxValues(json, chart.Box);
            json.WriteStringValue(chart.Caption);
            json.WriteBooleanValue(chart.HasPicture);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("unread");
        foreach (var unread in model.UnreadFigures)
        {
            json.WriteStartArray();
            json.WriteNumberValue(unread.Page);
            BoxValues(json, unread.Box);
            json.WriteStringValue(unread.Text);
            json.WriteStringValue(unread.RowLabel);
            json.WriteStringValue(unread.ColumnLabel);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter json, ViewDocument document)
    {
        json.WriteStartObject("document");
        json.WriteString("source_file", document.SourceFile);
        json.WriteString("title", document.Title);
        json.WriteString("municipality", document.Municipality);
        json.WriteString("document_kind", document.DocumentKind);
        Nullable(json, "fiscal_year", document.FiscalYear);
        json.WriteString("policy_area", document.PolicyArea);
        json.WriteNumber("page_count", document.PageCount);
        json.WriteEndObject();
    }

    /// <summary>What is drawn of one page (words, rules, blocks, pictures): read by the script only when the page is drawn.</summary>
    public static void WritePage(ViewPage page, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("words");
        foreach (var word in page.Words)
        {
            json.WriteStartArray();
            BoxValues(json, word.Box);
            json.WriteStringValue(word.Text);
            json.WriteNumberValue((word.IsBold ? 1 : 0) | (word.IsHorizontal ? 0 : 2));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        Boxes(json, "rules", page.Rules);
        json.WriteStartArray("blocks");
        foreach (var block in page.Blocks)
        {
            json.WriteStartArray();
            BoxValues(json, block.Box);
            json.WriteStringValue(block.Role);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        Boxes(json, "pictures", page.Pictures);
        json.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter json, ViewTable table)
    {
        json.WriteStartObject();
        json.WriteString("uid", table.Uid);
        json.WriteString("id", table.Id);
        json.WriteString("title", table.Title);
        json.WriteString("unit", table.Unit);
        json.WriteNumber("confidence", table.Confidence);
        json.WriteStartArray("confidence_reasons");
        foreach (var reason in table.ConfidenceReasons)
        {
            json.WriteStringValue(reason);
        }

        json.WriteEndArray();
        json.WriteStartArray("boxes");
        foreach (var (page, box) in table.Boxes)
        {
            json.WriteStartArray();
            json.WriteNumberValue(page);
            BoxValues(json, box);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartArray();
            NullableValue(json, column.X0);
            NullableValue(json, column.X1);
            json.WriteStringValue(column.Role);
            json.WriteStringValue(column.Label);
            json.WriteStringValue(column.Meaning);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("header");
        foreach (var cell in table.Header)
        {
            json.WriteStartArray();
            if (cell.Box is { } box)
            {
                BoxValues(json, box);
            }
            else
            {
                json.WriteNullValue();
                json.WriteNullValue();
                json.WriteNullValue();
                json.WriteNullValue();
            }

            json.WriteNumberValue(cell.Level);
            json.WriteNumberValue(cell.FirstColumn);
            json.WriteNumberValue(cell.ColumnSpan);
            json.WriteStringValue(cell.Text);
            json.WriteStringValue(cell.Meaning);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray();
            json.WriteNumberValue(row.Page);
            BoxValues(json, row.Box);
            json.WriteStringValue(row.Label);
            json.WriteStringValue(row.Kind);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, ViewValue value)
    {
        var fact = value.Fact;
        json.WriteStartObject();
        json.WriteNumber("table", value.Table);
        json.WriteNumber("row", value.Row);
        json.WriteNumber("column", value.Column);
        json.WriteNumber("page", fact.Page);
        json.WriteStartArray("box");
        json.WriteNumberValue(fact.X0);
        json.WriteNumberValue(fact.Y0);
        json.WriteNumberValue(fact.X1);
        json.WriteNumberValue(fact.Y1);
        json.WriteEndArray();
        json.WriteString("printed", value.Printed);
        json.WriteString("table_uid", fact.TableUid);
        json.WriteString("table_id", fact.TableId);
        json.WriteString("table_title", fact.TableTitle);
        json.WriteString("activity_area", fact.ActivityArea);
        json.WriteString("row_label", fact.RowLabel);
        json.WriteString("row_kind", fact.RowKind);
        json.WriteString("column_label", fact.ColumnLabel);
        json.WriteString("measure", fact.Measure);
        Nullable(json, "year", fact.Year);
        json.WriteBoolean("year_inferred", fact.YearInferred);
        json.WriteNumber("value", fact.Value);
        json.WriteString("unit", fact.Unit);
        json.WriteString("unit_printed", fact.UnitPrinted);
        if (fact.Scale is { } scale)
        {
            json.WriteNumber("scale", scale);
        }
        else
        {
            json.WriteNull("scale");
        }

        if (fact.AmountDkk is { } amount)
        {
            json.WriteNumber("amount_dkk", amount);
        }
        else
        {
            json.WriteNull("amount_dkk");
        }

        Numbers(json, "checks", value.Checks);
        json.WriteBoolean("failed", value.Failed);
        json.WriteEndObject();
    }

    private static void Boxes(Utf8JsonWriter json, string name, IReadOnlyList<Box> boxes)
    {
        json.WriteStartArray(name);
        foreach (var box in boxes)
        {
            json.WriteStartArray();
            BoxValues(json, box);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void BoxValues(Utf8JsonWriter json, Box box)
    {
        json.WriteNumberValue(Round(box.X0));
        json.WriteNumberValue(Round(box.Y0));
        json.WriteNumberValue(Round(box.X1));
        json.WriteNumberValue(Round(box.Y1));
    }

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<int> numbers)
    {
        json.WriteStartArray(name);
        foreach (var n in numbers)
        {
            json.WriteNumberValue(n);
        }

        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void NullableValue(Utf8JsonWriter json, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumberValue(Round(v));
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
