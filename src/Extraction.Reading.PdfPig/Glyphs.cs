using System.Text;
using UglyToad.PdfPig.Content;

namespace Extraction.Reading.PdfPig;

/// <summary>Turns PdfPig's letters into display-space glyphs with clean font names and spelled-out ligatures.</summary>
internal static class Glyphs
{
    /// <summary>A subset font's name starts with six capital letters and a plus ("ABCDEF+Arial-BoldMT").</summary>
    private const int SubsetTagLength = 7;

    public static Glyph From(Letter letter, DisplaySpace space)
    {
        var start = space.Map(letter.StartBaseLine);
        var end = space.Map(letter.EndBaseLine);

        // The loose rectangle spans the glyph's advance and the font's ascent to descent (PdfPig falls back to the
        // font's bounding box where the font gives neither), which is how the seam measures a word's box.
        var box = space.Map(letter.GlyphRectangleLoose);
        var details = letter.FontDetails;
        return new Glyph(
            SpellOutLigatures(letter.Value),
            start.X,
            start.Y,
            end.X,
            end.Y,
            box,
            letter.PointSize,
            WithoutSubsetTag(letter.FontName ?? details?.Name ?? string.Empty),
            details?.IsBold ?? false,
            details?.IsItalic ?? false);
    }

    public static string WithoutSubsetTag(string name) =>
        name.Length > SubsetTagLength && name[SubsetTagLength - 1] == '+' && name[..(SubsetTagLength - 1)].All(char.IsAsciiLetterUpper)
            ? name[SubsetTagLength..]
            : name;

    /// <summary>"ﬂyttet" → "flyttet", so text compares and searches as written (compatibility decomposition of the
    /// Latin ligatures only: other characters keep their form).</summary>
    private static string SpellOutLigatures(string text)
    {
        if (!text.Any(IsLatinLigature))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            result.Append(IsLatinLigature(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        }

        return result.ToString();
    }

    private static bool IsLatinLigature(char c) => c is >= '\uFB00' and <= '\uFB06';
}
