namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>
/// WinAnsiEncoding, Windows code page 1252 (ISO 32000-1 Annex D.2, column WIN). Codes above 0x20 that the code page
/// leaves unused show the bullet (Annex D.2, note 5), so they are given its name.
/// </summary>
internal static class WinAnsiEncoding
{
    public static readonly string?[] Names = EncodingTable.Build(
        (0x20, EncodingTable.Ascii("quotesingle", "grave")),
        (0x7F, "bullet Euro bullet quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand"),
        (0x8A, "Scaron guilsinglleft OE bullet Zcaron bullet bullet quoteleft quoteright quotedblleft quotedblright"),
        (0x95, "bullet endash emdash tilde trademark scaron guilsinglright oe bullet zcaron Ydieresis space"),
        (0xA1, EncodingTable.Latin1Upper));
}
