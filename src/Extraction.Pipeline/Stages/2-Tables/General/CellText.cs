using Extraction.Document;

namespace Extraction.Pipeline.Tables.General;

/// <summary>The text of a cell from its words: lines top to bottom (words whose centres share a line), each left to right.</summary>
internal static class CellText
{
    public static string Join(IEnumerable<TextWord> words)
    {
        var lines = new List<List<TextWord>>();
        foreach (var word in words.OrderBy(w => w.Box.CenterY))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Box.CenterY - word.Box.CenterY) < Math.Min(lines[^1][0].Box.Height, word.Box.Height) / 2)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return string.Join(' ', lines.Select(l => string.Join(' ', l.OrderBy(w => w.Box.X0).Select(w => w.Text))));
    }
}
