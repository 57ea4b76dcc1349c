using System.Globalization;
using System.Text;

namespace Extraction.Pdf.Text;

/// <summary>The character classes word building depends on, with the same members poppler uses.</summary>
internal static class UnicodeClasses
{
    private static readonly HashSet<int> Whitespace =
    [
        0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0085, 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
        0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ];

    /// <summary>Spacing accents and the combining marks they stand for when drawn over a letter.</summary>
    private static readonly Dictionary<int, int> CombiningForms = new()
    {
        [0x0060] = 0x0300, // grave
        [0x00A8] = 0x0308, // dieresis
        [0x00AF] = 0x0304, // macron
        [0x00B4] = 0x0301, // acute
        [0x00B8] = 0x0327, // cedilla
        [0x02C6] = 0x0302, // circumflex
        [0x02C7] = 0x030C, // caron
        [0x02D8] = 0x0306, // breve
        [0x02D9] = 0x0307, // dot above
        [0x02DA] = 0x030A, // ring
        [0x02DC] = 0x0303, // tilde
        [0x02DD] = 0x030B, // double acute
    };

    /// <summary>A single whitespace code point: such a glyph ends a word. Longer texts never do.</summary>
    public static bool IsWhitespace(string value) => SingleCodePoint(value) is { } c && Whitespace.Contains(c);

    /// <summary>The code point of a one-code-point text, else null.</summary>
    public static int? SingleCodePoint(string value)
    {
        if (value.Length == 1)
        {
            return value[0];
        }

        return value.Length == 2 && char.IsSurrogatePair(value[0], value[1]) ? char.ConvertToUtf32(value[0], value[1]) : null;
    }

    /// <summary>The combining mark a spacing accent becomes when merged with the letter it is drawn over; 0 if none.</summary>
    public static int CombiningForm(int codePoint) => CombiningForms.GetValueOrDefault(codePoint);

    public static bool IsAlphanumeric(int codePoint)
    {
        if (codePoint is < 0 or > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Splits a text into its code points (a surrogate pair is one).</summary>
    public static List<int> CodePoints(string value)
    {
        var points = new List<int>(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return points;
    }

    public static string FromCodePoint(int codePoint) =>
        Rune.IsValid(codePoint) ? char.ConvertFromUtf32(codePoint) : "\uFFFD";
}
