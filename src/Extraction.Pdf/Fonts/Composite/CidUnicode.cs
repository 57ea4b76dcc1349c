using Extraction.Pdf.Fonts.Programs;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Composite;

/// <summary>
/// Text for the CIDs of a composite font that has no ToUnicode CMap and whose encoding CMap is not a character-set
/// one. The embedded font program is asked first (TrueType 'cmap' inverted through /CIDToGIDMap, CFF glyph names).
/// Otherwise, for the Adobe-Identity and Adobe-UCS collections and unknown ones, the CID itself is taken as the
/// Unicode value: that is what poppler prints, and for Adobe-UCS it is right.
/// </summary>
internal static class CidUnicode
{
    private static readonly string[] CollectionsWithTables = ["Adobe-CNS1", "Adobe-GB1", "Adobe-Japan1", "Adobe-Japan2", "Adobe-Korea1"];

    public static Func<int, string?> For(PdfDictionary cidFont, PdfDictionary? descriptor, string collection, IObjectResolver resolver, Func<PdfStream, byte[]> decode)
    {
        var program = EmbeddedFontFile.Locate(descriptor, resolver, decode);
        var identityFallback = !CollectionsWithTables.Contains(collection);
        if (program is null)
        {
            return identityFallback ? AsUnicode : _ => null;
        }

        var isType2 = cidFont.GetName("Subtype", resolver) == "CIDFontType2";
        var cidToGid = isType2 ? CidToGidMap.Read(cidFont, resolver, decode) : null;
        Dictionary<int, string>? byGlyph = null;
        return cid =>
        {
            byGlyph ??= GlyphTable(program);
            var glyph = cidToGid?.Glyph(cid) ?? program.Cff?.GlyphForCid(cid) ?? cid;
            return byGlyph.TryGetValue(glyph, out var text) ? text : identityFallback ? AsUnicode(cid) : null;
        };
    }

    private static Dictionary<int, string> GlyphTable(EmbeddedFontFile program)
    {
        if (program.TrueType is { } trueType)
        {
            return GlyphUnicode.FromTrueType(trueType, program.Cff);
        }

        return program.Cff is { } cff ? GlyphUnicode.FromCff(cff) : new Dictionary<int, string>();
    }

    private static string? AsUnicode(int cid) => cid is > 0 and <= 0xFFFF and not (>= 0xD800 and <= 0xDFFF) ? ((char)cid).ToString() : null;
}
