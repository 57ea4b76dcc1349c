using System.Text.Json;

namespace Extraction.Training;

/// <summary>
/// A row of a generated PDF's truth (schema dk-budget-pdf-truth/1) as far as the row decisions need it: its page, the
/// letters of its text cells (label, text and code columns) and the values of its number cells.
/// </summary>
internal sealed record TruthRow(int Page, string Letters, IReadOnlyList<decimal> Values)
{
    /// <summary>Every row of every table of the truth file, tables in order, rows in order.</summary>
    public static IReadOnlyList<TruthRow> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var rows = new List<TruthRow>();
        foreach (var table in document.RootElement.GetProperty("tables").EnumerateArray())
        {
            var types = table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("type").GetString()).ToList();
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                var cells = row.GetProperty("cells").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
                var text = string.Concat(cells.Where((_, i) => i < types.Count && types[i] != "number"));
                var values = row.GetProperty("values").EnumerateArray()
                    .Where(v => v.ValueKind == JsonValueKind.Number)
                    .Select(v => Math.Abs(v.GetDecimal()))
                    .ToList();
                rows.Add(new TruthRow(row.GetProperty("page").GetInt32(), LettersOf(text), values));
            }
        }

        return rows;
    }

    /// <summary>The letters of a text, lower case and sorted: what survives any wrapping, hyphenation and column order.</summary>
    public static string LettersOf(string text) => new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).Order().ToArray());
}
