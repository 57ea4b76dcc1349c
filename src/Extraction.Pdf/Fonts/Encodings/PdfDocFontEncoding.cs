namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>PDFDocEncoding as glyph names (ISO 32000-1 Annex D.2, column PDF), for fonts whose /Encoding names it.</summary>
internal static class PdfDocFontEncoding
{
    public static readonly string?[] Names = EncodingTable.Build(
        (0x18, "breve caron circumflex dotaccent hungarumlaut ogonek ring tilde"),
        (0x20, EncodingTable.Ascii("quotesingle", "grave")),
        (0x80, "bullet dagger daggerdbl ellipsis emdash endash florin fraction guilsinglleft guilsinglright minus"),
        (0x8B, "perthousand quotedblbase quotedblleft quotedblright quoteleft quoteright quotesinglbase trademark fi fl"),
        (0x95, "Lslash OE Scaron Ydieresis Zcaron dotlessi lslash oe scaron zcaron - Euro"),
        (0xA1, EncodingTable.Latin1Upper.Replace(" hyphen ", " - ", StringComparison.Ordinal)));
}
