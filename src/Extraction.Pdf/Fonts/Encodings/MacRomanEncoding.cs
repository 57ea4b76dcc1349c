namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>
/// MacRomanEncoding (ISO 32000-1 Annex D.2, column MAC). The Mac OS Roman characters that PDF leaves out of it
/// (notequal, infinity, the mathematical symbols, apple) stay empty here; see <see cref="MacOsRoman"/> for those.
/// </summary>
internal static class MacRomanEncoding
{
    public static readonly string?[] Names = EncodingTable.Build(
        (0x20, EncodingTable.Ascii("quotesingle", "grave")),
        (0x80, "Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis atilde"),
        (0x8C, "aring ccedilla eacute egrave ecircumflex edieresis iacute igrave icircumflex idieresis ntilde oacute"),
        (0x98, "ograve ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis dagger degree cent sterling"),
        (0xA4, "section bullet paragraph germandbls registered copyright trademark acute dieresis - AE Oslash"),
        (0xB0, "- plusminus - - yen mu - - - - - ordfeminine ordmasculine - ae oslash"),
        (0xC0, "questiondown exclamdown logicalnot - florin - - guillemotleft guillemotright ellipsis space Agrave"),
        (0xCC, "Atilde Otilde OE oe endash emdash quotedblleft quotedblright quoteleft quoteright divide -"),
        (0xD8, "ydieresis Ydieresis fraction currency guilsinglleft guilsinglright fi fl daggerdbl periodcentered"),
        (0xE2, "quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute Edieresis Egrave Iacute"),
        (0xEB, "Icircumflex Idieresis Igrave Oacute Ocircumflex - Ograve Uacute Ucircumflex Ugrave dotlessi"),
        (0xF6, "circumflex tilde macron breve dotaccent ring cedilla hungarumlaut ogonek caron"));

    /// <summary>
    /// The full Mac OS Roman character set, as the (1,0) cmap of TrueType fonts indexes it (ISO 32000-1 §9.6.6.4):
    /// MacRomanEncoding plus the fifteen characters PDF's table omits.
    /// </summary>
    public static readonly string?[] MacOsRoman = WithAdditions();

    private static string?[] WithAdditions()
    {
        var table = (string?[])Names.Clone();
        (int Code, string Name)[] additions =
        [
            (0xAD, "notequal"), (0xB0, "infinity"), (0xB2, "lessequal"), (0xB3, "greaterequal"), (0xB6, "partialdiff"),
            (0xB7, "summation"), (0xB8, "product"), (0xB9, "pi"), (0xBA, "integral"), (0xBD, "Omega"), (0xC3, "radical"),
            (0xC5, "approxequal"), (0xC6, "Delta"), (0xD7, "lozenge"), (0xF0, "apple"),
        ];
        foreach (var (code, name) in additions)
        {
            table[code] = name;
        }

        return table;
    }
}
