using System.Globalization;
using System.Text;
using Extraction.Pdf.Document;

namespace Extraction.Pdf.Tests.Pages;

/// <summary>
/// Builds a one-page PDF around a content stream, so page geometry can be tested with hand-written operators. Font
/// /F1 is a Type 1 font with a name outside the standard 14 (so its descriptor's metrics count) whose widths and
/// glyph names are given explicitly: every ASCII glyph 500 units wide, ascent 750, descent −250, code 180 a
/// zero-width acute accent. The tests so depend on no built-in font metrics or encodings.
/// </summary>
internal sealed record OnePagePdf(string Content)
{
    public const double GlyphWidth = 500;
    public const double Ascent = 750;
    public const double Descent = -250;

    private static readonly string[] AsciiGlyphNames =
    [
        "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quotesingle", "parenleft",
        "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "colon", "semicolon", "less", "equal", "greater", "question", "at",
        "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V",
        "W", "X", "Y", "Z", "bracketleft", "backslash", "bracketright", "asciicircum", "underscore", "grave",
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
        "w", "x", "y", "z", "braceleft", "bar", "braceright", "asciitilde",
    ];

    public string MediaBox { get; init; } = "0 0 600 800";

    public string? CropBox { get; init; }

    public int Rotate { get; init; }

    /// <summary>Extra entries of the /Font resource dictionary, e.g. "/F2 7 0 R" with <see cref="ExtraObjects"/>.</summary>
    public string ExtraFonts { get; init; } = string.Empty;

    /// <summary>Extra entries of the page dictionary, e.g. "/Annots [8 0 R]".</summary>
    public string PageEntries { get; init; } = string.Empty;

    /// <summary>Objects numbered from 7 on, in order.</summary>
    public IReadOnlyList<string> ExtraObjects { get; init; } = [];

    /// <summary>A font dictionary like /F1's with the given extra entries (e.g. a /ToUnicode reference).</summary>
    public static string FontDictionary(string extra = "") =>
        $"<< /Type /Font /Subtype /Type1 /BaseFont /TestSans /FirstChar 32 /LastChar 126 " +
        $"/Widths [{string.Join(' ', Enumerable.Repeat(GlyphWidth.ToString(CultureInfo.InvariantCulture), 95))}] " +
        $"/Encoding << /Type /Encoding /Differences [32 {string.Join(' ', AsciiGlyphNames.Select(n => "/" + n))} 180 /acute] >> " +
        $"/FontDescriptor 6 0 R {extra}>>";

    public byte[] ToBytes()
    {
        var page = new StringBuilder($"<< /Type /Page /Parent 2 0 R /MediaBox [{MediaBox}] ");
        if (CropBox is not null)
        {
            page.Append($"/CropBox [{CropBox}] ");
        }

        if (Rotate != 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"/Rotate {Rotate} ");
        }

        page.Append($"/Resources << /Font << /F1 5 0 R {ExtraFonts} >> >> /Contents 4 0 R {PageEntries}>>");
        var content = Encoding.Latin1.GetBytes(Content);
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page.ToString(),
            $"<< /Length {content.Length} >>\nstream\n{Content}\nendstream",
            FontDictionary(),
            "<< /Type /FontDescriptor /FontName /TestSans /Flags 32 /FontBBox [0 -250 1000 750] /ItalicAngle 0 " +
            FormattableString.Invariant($"/Ascent {Ascent} /Descent {Descent} /CapHeight 700 /StemV 80 >>"),
        };
        objects.AddRange(ExtraObjects);
        return Write(objects);
    }

    public PdfDocument Open() => PdfDocument.Open(ToBytes());

    /// <summary>A stream object with the given dictionary entries and content.</summary>
    public static string Stream(string entries, string content) =>
        $"<< {entries} /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private static byte[] Write(List<string> objects)
    {
        var output = new MemoryStream();
        void Raw(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Raw("%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Raw($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Raw($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Raw($"{offset:D10} 00000 n \n");
        }

        Raw($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
