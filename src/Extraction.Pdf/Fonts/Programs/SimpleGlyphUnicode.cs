using Extraction.Pdf.Fonts.Programs.TrueType;

namespace Extraction.Pdf.Fonts.Programs;

/// <summary>
/// Text for a code of a simple TrueType font that neither its encoding nor ToUnicode explain: the code is looked up
/// in the font's own 'cmap' the way a viewer draws it (ISO 32000-1 §9.6.6.4: the Microsoft Symbol subtable at the
/// code, U+F000 + code and its neighbours, else the Macintosh Roman subtable), and the glyph found is named by the
/// font's Unicode subtable or 'post' table.
/// </summary>
internal static class SimpleGlyphUnicode
{
    public static Func<int, string?> For(EmbeddedFontFile program)
    {
        Dictionary<int, string>? byGlyph = null;
        return code =>
        {
            if (program.TrueType is not { } font)
            {
                return null;
            }

            byGlyph ??= GlyphUnicode.FromTrueType(font, null);
            return Glyph(font, code) is { } glyph && byGlyph.TryGetValue(glyph, out var text) ? text : null;
        };
    }

    private static int? Glyph(TrueTypeFont font, int code)
    {
        if (font.FindCmap(3, 0) is { } symbol)
        {
            foreach (var offset in new[] { 0, 0xF000, 0xF100, 0xF200 })
            {
                if (symbol.GlyphFor(offset + code) is { } glyph)
                {
                    return glyph;
                }
            }
        }

        return font.FindCmap(1, 0)?.GlyphFor(code);
    }
}
