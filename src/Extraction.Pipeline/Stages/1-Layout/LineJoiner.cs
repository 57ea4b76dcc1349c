using System.Text;
using Extraction.Document.Numbers;

namespace Extraction.Pipeline.Layout;

/// <summary>
/// Joins the printed lines of one paragraph or table cell into one string: line breaks become single spaces, a word
/// broken by a word processor's hyphen is rejoined, a real hyphen or slash at a line end is kept without a space.
/// </summary>
public static class LineJoiner
{
    private static readonly char[] Hyphens = ['-', '\u00AD', '\u2010', '\u2011'];

    private static readonly char[] Spaces = Enumerable.Range(0, 0x3001)
        .Select(c => (char)c)
        .Where(c => char.IsWhiteSpace(c) && c != DanishNumber.GroupSpace)
        .ToArray();

    public static string Join(IEnumerable<string> lines, HyphenationOptions options)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = Normalise(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length == 0)
            {
                text.Append(line);
                continue;
            }

            var last = text[^1];
            if (last == '/')
            {
                text.Append(line);
            }
            else if (Hyphens.Contains(last) && EndsWithLetterBeforeHyphen(text))
            {
                var fragment = LastWord(text);
                var next = FirstWord(line);
                if (options.ConjunctionsAfterHyphen.Contains(next, StringComparer.OrdinalIgnoreCase))
                {
                    text.Append(' ').Append(line);
                }
                else if (IsRealHyphen(fragment, next, options))
                {
                    text.Append(line);
                }
                else
                {
                    text.Length--;
                    text.Append(line);
                }
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Trims, and runs of white space become one space, except the narrow no-break space that groups the thousands of a number
    /// ("15 455", <see cref="DanishNumber.GroupSpace"/>): it keeps the number one value.
    /// </summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Split(text.Contains(DanishNumber.GroupSpace) ? Spaces : null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsRealHyphen(string fragment, string next, HyphenationOptions options)
    {
        var letters = fragment.TrimEnd(Hyphens);
        if (letters.Length == 0 || next.Length == 0)
        {
            return true;
        }

        if (!char.IsLower(next[0]))
        {
            return true;
        }

        return letters.Any(char.IsDigit)
            || letters.All(c => !char.IsLetter(c) || char.IsUpper(c))
            || options.RealHyphenWords.Contains(letters, StringComparer.OrdinalIgnoreCase);
    }

    private static bool EndsWithLetterBeforeHyphen(StringBuilder text) => text.Length >= 2 && char.IsLetterOrDigit(text[^2]);

    private static string LastWord(StringBuilder text)
    {
        var i = text.Length - 1;
        while (i >= 0 && text[i] != ' ')
        {
            i--;
        }

        return text.ToString(i + 1, text.Length - i - 1);
    }

    private static string FirstWord(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? line : line[..space];
    }
}
