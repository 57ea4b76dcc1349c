namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>StandardEncoding, the built-in encoding of Adobe's Latin Type 1 fonts (ISO 32000-1 Annex D.2, column STD).</summary>
internal static class StandardEncoding
{
    public static readonly string?[] Names = EncodingTable.Build(
        (0x20, EncodingTable.Ascii("quoteright", "quoteleft")),
        (0xA1, "exclamdown cent sterling fraction yen florin section currency quotesingle quotedblleft guillemotleft"),
        (0xAC, "guilsinglleft guilsinglright fi fl"),
        (0xB1, "endash dagger daggerdbl periodcentered - paragraph bullet quotesinglbase quotedblbase quotedblright"),
        (0xBB, "guillemotright ellipsis perthousand - questiondown"),
        (0xC1, "grave acute circumflex tilde macron breve dotaccent dieresis - ring cedilla - hungarumlaut ogonek caron"),
        (0xD0, "emdash"),
        (0xE1, "AE - ordfeminine"),
        (0xE8, "Lslash Oslash OE ordmasculine"),
        (0xF1, "ae"),
        (0xF5, "dotlessi"),
        (0xF8, "lslash oslash oe germandbls"));
}
