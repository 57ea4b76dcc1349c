using System.Globalization;
using Extraction.Pdf.Document;

namespace Extraction.Pdf.Tests.Support;

/// <summary>Small documents built with <see cref="PdfWriter"/>: one text line per page in a standard-14 font.</summary>
internal static class SampleDocuments
{
    /// <summary>Helvetica with a ToUnicode map (object 6, see <see cref="WriteToUnicode"/>), so text does not depend on encodings.</summary>
    public const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>";

    /// <summary>Object 6: a ToUnicode CMap mapping every byte to the same code point.</summary>
    public static void WriteToUnicode(PdfWriter writer, int number = 6) => writer.Stream(
        number,
        string.Empty,
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Latin1 def\n" +
        "1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <00> <FF> <0000> endbfrange\n" +
        "endcmap CMapName currentdict /CMap defineresource pop end end");

    /// <summary>Content drawing <paramref name="text"/> (letters and digits only) at the top left.</summary>
    public static string ContentShowing(string text) => $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";

    /// <summary>
    /// Writes catalog (1), pages (2), page (3), content (4) and font (5) showing <paramref name="text"/>, in the classic
    /// layout: objects, xref table, trailer, with its ToUnicode map (6). Returns the writer positioned after the objects (no xref written yet).
    /// </summary>
    public static PdfWriter OnePageObjects(string text)
    {
        var writer = new PdfWriter();
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing(text));
        writer.Object(5, Font);
        WriteToUnicode(writer);
        return writer;
    }

    /// <summary>A complete one-page file with a classic xref table.</summary>
    public static byte[] OnePage(string text)
    {
        var writer = OnePageObjects(text);
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        return writer.StartXref(xref).ToArray();
    }

    /// <summary>The text of a page's letters, in drawing order.</summary>
    public static string PageText(PdfDocument document, int page = 1) =>
        string.Concat(document.GetPage(page).Letters.Select(l => l.Value));

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
