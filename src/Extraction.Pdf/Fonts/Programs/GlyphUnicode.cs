using Extraction.Pdf.Fonts.Encodings;
using Extraction.Pdf.Fonts.Programs.Cff;
using Extraction.Pdf.Fonts.Programs.TrueType;

namespace Extraction.Pdf.Fonts.Programs;

/// <summary>
/// Unicode per glyph index from what a font program itself says: its Unicode 'cmap' inverted, glyph names in
/// 'post' or the CFF charset, and the Macintosh Roman or Microsoft Symbol 'cmap' as a last resort.
/// </summary>
internal static class GlyphUnicode
{
    public static Dictionary<int, string> FromTrueType(TrueTypeFont font, CffFont? cff)
    {
        var result = new Dictionary<int, string>();
        foreach (var cmap in font.Cmaps.Where(c => c.Platform == 0 || (c.Platform == 3 && c.Encoding is 1 or 10)).OrderBy(c => c.Platform == 3 && c.Encoding == 10 ? 0 : 1))
        {
            // The smallest code wins when several share a glyph, so "A" beats a compatibility duplicate of it.
            foreach (var (code, glyph) in cmap.Glyphs.OrderBy(e => e.Key))
            {
                if (code is not (>= 0xD800 and <= 0xDFFF) and <= 0x10FFFF)
                {
                    result.TryAdd(glyph, char.ConvertFromUtf32(code));
                }
            }
        }

        for (var glyph = 0; glyph < font.NamedGlyphCount; glyph++)
        {
            if (!result.ContainsKey(glyph) && font.GlyphName(glyph) is { } name && GlyphList.ToUnicode(name) is { } named)
            {
                result[glyph] = named;
            }
        }

        if (cff is not null)
        {
            AddCffNames(cff, result);
        }

        if (font.FindCmap(1, 0) is { } mac)
        {
            foreach (var (code, glyph) in mac.Glyphs)
            {
                if (code < 256 && MacRomanEncoding.MacOsRoman[code] is { } name && GlyphList.ToUnicode(name) is { } text)
                {
                    result.TryAdd(glyph, text);
                }
            }
        }

        if (font.FindCmap(3, 0) is { } symbol)
        {
            // Symbol fonts put their glyphs at U+F020–U+F0FF; producers that write ToUnicode for them keep those values.
            foreach (var (code, glyph) in symbol.Glyphs.OrderBy(e => e.Key))
            {
                if (code <= 0xFFFF && code is not (>= 0xD800 and <= 0xDFFF))
                {
                    result.TryAdd(glyph, ((char)code).ToString());
                }
            }
        }

        return result;
    }

    public static Dictionary<int, string> FromCff(CffFont font)
    {
        var result = new Dictionary<int, string>();
        AddCffNames(font, result);
        return result;
    }

    private static void AddCffNames(CffFont font, Dictionary<int, string> result)
    {
        for (var glyph = 1; glyph < font.GlyphCount; glyph++)
        {
            if (!result.ContainsKey(glyph) && font.GlyphName(glyph) is { } name && GlyphList.ToUnicode(name) is { } text)
            {
                result[glyph] = text;
            }
        }
    }
}
