using System.IO.Compression;
using System.Text;
using static Extraction.Pdf.Tests.Support.SampleDocuments;

namespace Extraction.Pdf.Tests.Support;

/// <summary>
/// Small hostile PDFs built in code: decompression bombs, absurd lengths, fan-out. Only the compressed bytes are ever
/// held; the decoded size they claim exists nowhere but in the reader that is tested.
/// </summary>
internal static class HostileFiles
{
    /// <summary>The visible text of every generated page, so a test can tell that the page was read.</summary>
    public const string Text = "Visible";

    private const int ZeroChunk = 64 * 1024;

    /// <summary>
    /// Flate applied twice to <paramref name="zeros"/> zero bytes: some kilobytes that decode to <paramref name="zeros"/>
    /// bytes, written chunk by chunk so the decoded size is never allocated here.
    /// </summary>
    public static byte[] DoubleFlateBomb(long zeros)
    {
        using var once = new MemoryStream();
        using (var zlib = new ZLibStream(once, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[ZeroChunk];
            for (var left = zeros; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            }
        }

        return FilterEncoders.Flate(once.ToArray());
    }

    public const string DoubleFlate = "/Filter [/FlateDecode /FlateDecode]";

    /// <summary>
    /// One page whose /Contents names the same bomb stream <paramref name="times"/> times, after a stream showing
    /// <see cref="Text"/>: each copy stays under a per-stream cap, their sum does not.
    /// </summary>
    public static byte[] ContentArrayBomb(long zeros, int times)
    {
        var writer = Start(string.Join(' ', ["7 0 R", .. Enumerable.Repeat("4 0 R", times)]));
        writer.Stream(4, DoubleFlate, DoubleFlateBomb(zeros));
        writer.Stream(7, string.Empty, ContentShowing(Text));
        return Finish(writer);
    }

    /// <summary>A one-page document whose content stream claims /Length 2^63 − 1.</summary>
    public static byte[] HugeLength()
    {
        var writer = Start("4 0 R");
        writer.Stream(4, string.Empty, ContentShowing(Text), length: long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Finish(writer);
    }

    /// <summary>One page listing one annotation (whose appearance shows <paramref name="note"/>) <paramref name="times"/> times.</summary>
    public static byte[] AnnotationFanOut(string note, int times)
    {
        var writer = Start("4 0 R", $"/Annots [{string.Join(' ', Enumerable.Repeat("7 0 R", times))}]");
        writer.Stream(4, string.Empty, ContentShowing(Text));
        writer.Object(7, "<< /Type /Annot /Subtype /FreeText /Rect [100 100 300 120] /AP << /N 8 0 R >> >>");
        writer.Stream(8, "/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 5 0 R >> >>", $"BT /F1 10 Tf 2 5 Td ({note}) Tj ET");
        return Finish(writer);
    }

    /// <summary>One page whose font's ToUnicode CMap is a bomb.</summary>
    public static byte[] CMapBomb(long zeros)
    {
        var writer = Start("4 0 R", toUnicode: false);
        writer.Stream(4, string.Empty, ContentShowing(Text));
        writer.Stream(6, DoubleFlate, DoubleFlateBomb(zeros));
        return Finish(writer);
    }

    /// <summary>One page whose Type 1 font (without encoding or ToUnicode map, so its program is read) embeds a program that is a bomb.</summary>
    public static byte[] FontProgramBomb(long zeros)
    {
        var writer = Start("4 0 R", toUnicode: false, font: "<< /Type /Font /Subtype /Type1 /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 8 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing(Text));
        writer.Object(8, "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 9 0 R >>");
        writer.Stream(9, DoubleFlate, DoubleFlateBomb(zeros));
        return Finish(writer);
    }

    /// <summary>One page drawing an image XObject whose data is a bomb.</summary>
    public static byte[] ImageBomb(long zeros)
    {
        var writer = Start("4 0 R", resources: "/XObject << /Im1 8 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing(Text) + " q 100 0 0 100 72 72 cm /Im1 Do Q");
        writer.Stream(8, "/Type /XObject /Subtype /Image /Width 65536 /Height 65536 /ColorSpace /DeviceGray /BitsPerComponent 8 " + DoubleFlate, DoubleFlateBomb(zeros));
        return Finish(writer);
    }

    /// <summary>One page whose content is <paramref name="bytes"/> bytes of path operators, unfiltered.</summary>
    public static byte[] ManyOperators(int bytes)
    {
        var operators = new StringBuilder(bytes + 16);
        while (operators.Length < bytes)
        {
            operators.Append("1 1 m\n");
        }

        var writer = Start("4 0 R");
        writer.Stream(4, string.Empty, operators.ToString());
        return Finish(writer);
    }

    /// <summary>
    /// One page showing <see cref="Text"/>, then <paramref name="bytes"/> bytes of path operators in one Flate stream
    /// of some hundred kilobytes: within the decode budget, long to interpret (to test time limits, not memory).
    /// </summary>
    public static byte[] LongContent(long bytes)
    {
        var line = Encoding.ASCII.GetBytes("1 1 m\n");
        var chunk = Enumerable.Range(0, ZeroChunk / line.Length).SelectMany(_ => line).ToArray();
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var left = bytes; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            }
        }

        var writer = Start("7 0 R 4 0 R");
        writer.Stream(4, "/Filter /FlateDecode", compressed.ToArray());
        writer.Stream(7, string.Empty, ContentShowing(Text));
        return Finish(writer);
    }

    /// <summary>Catalog (1), pages (2), page (3) with <paramref name="contents"/>, font (5) and, unless told otherwise, its ToUnicode map (6).</summary>
    private static PdfWriter Start(string contents, string pageEntries = "", bool toUnicode = true, string? font = null, string resources = "")
    {
        var writer = new PdfWriter();
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> {resources} >> /Contents [{contents}] {pageEntries} >>");
        writer.Object(5, font ?? Font);
        if (toUnicode)
        {
            WriteToUnicode(writer);
        }

        return writer;
    }

    private static byte[] Finish(PdfWriter writer)
    {
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, $"/Size {rows.Max(r => r.Number) + 1} /Root 1 0 R");
        return writer.StartXref(xref).ToArray();
    }
}
