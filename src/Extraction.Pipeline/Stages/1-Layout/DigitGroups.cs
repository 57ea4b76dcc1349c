using System.Text.RegularExpressions;
using Extraction.Document.Numbers;
using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>
/// A number printed with spaces between its thousands ("15 455") comes out of the reader as separate words. Left
/// apart, the table stage would take "15" and "455" for two values in two columns: a silently wrong figure. Words of
/// a line are joined when the first is a number of one to three digits (or already such a group) and the next exactly
/// three digits (possibly with decimals), set no further apart than a space.
/// </summary>
public static partial class DigitGroups
{
    public static IReadOnlyList<TextWord> Join(IReadOnlyList<TextWord> words, double maxGapEm)
    {
        if (maxGapEm <= 0 || words.Count < 2)
        {
            return words;
        }

        var joined = new List<TextWord>(words.Count) { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            var previous = joined[^1];
            var word = words[i];
            var gap = word.Box.X0 - previous.Box.X1;
            if (char.IsAsciiDigit(word.Text[0])
                && char.IsAsciiDigit(previous.Text[^1])
                && gap >= 0
                && gap <= maxGapEm * Math.Max(previous.FontSize, word.FontSize)
                && Math.Abs(previous.FontSize - word.FontSize) < 0.01 * previous.FontSize
                && Leading().IsMatch(previous.Text)
                && Following().IsMatch(word.Text))
            {
                joined[^1] = previous with { Text = previous.Text + DanishNumber.GroupSpace + word.Text, Box = previous.Box.Union(word.Box) };
            }
            else
            {
                joined.Add(word);
            }
        }

        return joined;
    }

    [GeneratedRegex("^[-\u2212\u2013]?\\d{1,3}(\u202F\\d{3})*$")]
    private static partial Regex Leading();

    [GeneratedRegex("^\\d{3}(,\\d+)?$")]
    private static partial Regex Following();
}
