using System.Text.Json;
using Extraction.Document;

namespace Extraction.Outputs.Words;

/// <summary>
/// Writes a document's words in the oracle words format (see README: one object per page with word boxes in points,
/// origin top-left of the displayed page), so external scoring tools can compare them with poppler's.
/// </summary>
public static class WordsExport
{
    public static void Write(DocumentText document, string sourceName, ReaderIdentity reader, PageRange range, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("source", sourceName);
        json.WriteString("engine", reader.Name);
        json.WriteNumber("page_count", document.PageCount);
        json.WriteStartArray("pages");
        var selected = range.Pages(document.PageCount).ToHashSet();
        foreach (var page in document.Pages.Where(p => selected.Contains(p.Number)))
        {
            json.WriteStartObject();
            json.WriteNumber("page", page.Number);
            json.WriteNumber("width", Round(page.Width));
            json.WriteNumber("height", Round(page.Height));
            json.WriteNumber("rotate", page.Rotation);
            json.WriteStartArray("words");
            foreach (var word in page.Words)
            {
                json.WriteStartObject();
                json.WriteString("text", word.Text);
                json.WriteNumber("x0", Round(word.Box.X0));
                json.WriteNumber("y0", Round(word.Box.Y0));
                json.WriteNumber("x1", Round(word.Box.X1));
                json.WriteNumber("y1", Round(word.Box.Y1));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
