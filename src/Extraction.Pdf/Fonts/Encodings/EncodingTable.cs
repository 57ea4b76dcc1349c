namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>Builds 256-entry glyph-name tables from runs of consecutive codes, the way Annex D lists them.</summary>
internal static class EncodingTable
{
    /// <summary>The printable ASCII range 0x20–0x7E with the Latin names shared by every Latin-text encoding.</summary>
    public static string Ascii(string quote, string backquote) =>
        "space exclam quotedbl numbersign dollar percent ampersand " + quote + " parenleft parenright asterisk plus comma hyphen " +
        "period slash zero one two three four five six seven eight nine colon semicolon less equal greater question at " +
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore " +
        backquote + " a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde";

    /// <summary>0xA1–0xFF as in ISO 8859-1, shared by WinAnsiEncoding and PDFDocEncoding.</summary>
    public const string Latin1Upper =
        "exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot " +
        "hyphen registered macron degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla " +
        "onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown " +
        "Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis " +
        "Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply " +
        "Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls " +
        "agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis " +
        "igrave iacute icircumflex idieresis eth ntilde ograve oacute ocircumflex otilde odieresis divide " +
        "oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis";

    /// <summary>Each run starts at its code and assigns its space-separated names to consecutive codes; "-" leaves a code empty.</summary>
    public static string?[] Build(params (int First, string Names)[] runs)
    {
        var table = new string?[256];
        foreach (var (first, names) in runs)
        {
            var code = first;
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[code++] = name == "-" ? null : name;
            }
        }

        return table;
    }
}
