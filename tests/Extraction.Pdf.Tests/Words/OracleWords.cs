using System.Text.Json;
using Extraction.Pdf.Core;

namespace Extraction.Pdf.Tests.Words;

/// <summary>One word of the expected words files (poppler's words format, fixtures/corpus/*.words.json).</summary>
internal sealed record ExpectedWord(string Text, PdfRectangle Box);

internal static class OracleWords
{
    /// <summary>Expected words per 1-based page number.</summary>
    public static Dictionary<int, List<ExpectedWord>> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var pages = new Dictionary<int, List<ExpectedWord>>();
        foreach (var page in json.RootElement.GetProperty("pages").EnumerateArray())
        {
            pages[page.GetProperty("page").GetInt32()] = page.GetProperty("words").EnumerateArray()
                .Select(w => new ExpectedWord(
                    w.GetProperty("text").GetString()!,
                    new PdfRectangle(w.GetProperty("x0").GetDouble(), w.GetProperty("y0").GetDouble(), w.GetProperty("x1").GetDouble(), w.GetProperty("y1").GetDouble())))
                .ToList();
        }

        return pages;
    }
}
