using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Composite;

/// <summary>/CIDToGIDMap of a CIDFontType2 font (ISO 32000-1 §9.7.4.2): a stream of two-byte glyph indices by CID, or identity.</summary>
internal sealed class CidToGidMap
{
    private readonly byte[]? map;

    private CidToGidMap(byte[]? map) => this.map = map;

    public static CidToGidMap Read(PdfDictionary cidFont, IObjectResolver resolver, Func<PdfStream, byte[]> decode)
    {
        if (cidFont.Get<PdfStream>("CIDToGIDMap", resolver) is not { } stream)
        {
            return new CidToGidMap(null);
        }

        try
        {
            return new CidToGidMap(decode(stream));
        }
        catch (PdfReadException ex) when (ex.Code != PdfErrorCode.PasswordRequired)
        {
            return new CidToGidMap(null);
        }
    }

    /// <summary>The glyph index of a CID; CIDs past the end of a map stream have glyph 0 (.notdef).</summary>
    public int Glyph(int cid)
    {
        if (map is null)
        {
            return cid;
        }

        var at = cid * 2L;
        return cid >= 0 && at + 1 < map.Length ? (map[at] << 8) | map[at + 1] : 0;
    }
}
