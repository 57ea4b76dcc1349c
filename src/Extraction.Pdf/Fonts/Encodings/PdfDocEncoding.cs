namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>PDFDocEncoding (ISO 32000-1 Annex D.2): Latin-1 with typographic characters in 0x18–0x1F and 0x80–0xA0.</summary>
public static class PdfDocEncoding
{
    private static readonly char[] Table = Build();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = Table[bytes[i]];
        }

        return new string(chars);
    }

    public static char ToChar(byte code) => Table[code];

    private static char[] Build()
    {
        var table = new char[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = (char)i;
        }

        "\u02D8\u02C7\u02C6\u02D9\u02DD\u02DB\u02DA\u02DC".CopyTo(0, table, 0x18, 8);
        ("\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018" +
         "\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E\uFFFD\u20AC")
            .CopyTo(0, table, 0x80, 33);
        table[0xAD] = '\uFFFD';
        return table;
    }
}
