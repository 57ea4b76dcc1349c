using System.Text;
using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;
using static Extraction.Pdf.Tests.Support.SampleDocuments;

namespace Extraction.Pdf.Tests.Robustness;

/// <summary>
/// Each kind of bad input named in the reader's contract: a typed error for the document, or the pages that could
/// be read with a warning. Never another exception, a hang or a stack overflow.
/// </summary>
[TestFixture]
public sealed class MalformedInputTests
{
    private const int Deep = 100_000;

    [Test]
    public void Zero_bytes_are_an_empty_file() => AssertFails([], PdfErrorCode.EmptyFile);

    [TestCase("Budget 2024\nIncome;Expenses\n")]
    [TestCase("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR")]
    [TestCase("<html><body>%PDF-1.7 appears only after the first kilobyte</body></html>")]
    public void Something_else_is_not_a_pdf(string content)
    {
        var data = Encoding.Latin1.GetBytes(content.Contains("kilobyte") ? new string(' ', 2000) + content : content);

        AssertFails(data, PdfErrorCode.NotAPdf);
    }

    [Test]
    public void A_header_and_nothing_else_is_truncated() => AssertFails("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type"u8.ToArray(), PdfErrorCode.Truncated);

    [Test]
    public void A_complete_file_without_any_objects_is_corrupt() => AssertFails("%PDF-1.7\ntrailer\n<< /Size 1 >>\n%%EOF\n"u8.ToArray(), PdfErrorCode.Corrupt);

    [Test]
    public void A_file_cut_inside_its_last_content_stream_keeps_the_pages_before_it()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >>");
        writer.Object(5, Font);
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Object(7, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 8 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Whole"));
        writer.Stream(8, string.Empty, ContentShowing("Lost"));
        var data = writer.ToArray();
        var cut = data.AsSpan().LastIndexOf("Lost"u8);

        var document = PdfDocument.Open(data[..cut]);

        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(2));
            Assert.That(PageText(document, 1), Is.EqualTo("Whole"));
            Assert.That(PageText(document, 2), Is.Empty);
            Assert.That(document.GetPage(2).Warnings, Is.Not.Empty);
        });
    }

    [Test]
    public void A_corrupt_content_stream_gives_an_empty_page_with_a_warning()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, "/Filter /FlateDecode", [0x78, 0x9C, 0x07, 0x12, 0x34, 0x56]);
        writer.Object(5, Font);

        var page = PdfDocument.Open(Complete(writer)).GetPage(1);

        Assert.Multiple(() =>
        {
            Assert.That(page.Letters, Is.Empty);
            Assert.That(page.Warnings, Has.Some.Contains("damaged"));
        });
    }

    [Test]
    public void A_page_with_an_empty_content_array_is_blank_without_a_warning()
    {
        var writer = OnePageObjects("Unused");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [] >>");

        var page = PdfDocument.Open(Complete(writer)).GetPage(1);

        Assert.Multiple(() =>
        {
            Assert.That(page.Letters, Is.Empty);
            Assert.That(page.Warnings, Is.Empty);
        });
    }

    [Test]
    public void A_page_whose_content_object_is_missing_says_so_every_time_it_is_read()
    {
        var writer = OnePageObjects("Unused");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 40 0 R >>");
        var document = PdfDocument.Open(Complete(writer));

        Assert.Multiple(() =>
        {
            Assert.That(document.GetPage(1).Warnings, Has.Some.Contains("content"));
            Assert.That(document.GetPage(1).Warnings, Has.Some.Contains("content"));
        });
    }

    [Test]
    public void A_content_stream_with_an_unknown_filter_gives_an_empty_page_with_a_warning()
    {
        var page = PdfDocument.Open(OnePageWithContent("/Filter /NoSuchDecode", "BT ET")).GetPage(1);

        Assert.That(page.Warnings, Has.Some.Contains("NoSuchDecode"));
    }

    [Test]
    public void Reference_loops_end()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R /Loop 9 0 R >>");
        // The page tree contains itself; the page's resources point at a chain that comes back to its start.
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 10 0 R /Contents 4 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Looped"), length: "4 0 R");
        writer.Object(5, Font);
        writer.Object(9, "9 0 R");
        writer.Object(10, "11 0 R");
        writer.Object(11, "12 0 R");
        writer.Object(12, "<< /Font << /F1 5 0 R >> /Self 10 0 R >>");

        var document = PdfDocument.Open(Complete(writer));

        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(1));
            Assert.That(PageText(document), Is.EqualTo("Looped"));
            Assert.That(document.File.Resolve(new Objects.ObjectId(9, 0)), Is.Not.Null);
        });
    }

    [Test]
    public void A_page_tree_whose_kids_loop_is_walked_once()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [6 0 R] /Count 5 >>");
        writer.Object(6, "<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R 6 0 R] /Count 5 >>");
        writer.Object(3, "<< /Type /Page /Parent 6 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Once"));
        writer.Object(5, Font);

        var outcome = ReadOutcome.Of(Complete(writer));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Error, Is.Null);
            Assert.That(outcome.PagesRead, Is.EqualTo(1));
        });
    }

    [Test]
    public void An_absurd_stream_length_is_repaired_by_finding_endstream()
    {
        var document = PdfDocument.Open(OnePageWithContent(string.Empty, ContentShowing("Measured"), length: "1000000000000"));

        Assert.That(PageText(document), Is.EqualTo("Measured"));
    }

    [TestCase("2147483648")]
    [TestCase("2147483647")]
    [TestCase("-5")]
    [TestCase("1e300")]
    public void An_absurd_page_count_is_replaced_by_the_pages_found(string count)
    {
        var writer = OnePageObjects("Counted");
        writer.Object(2, $"<< /Type /Pages /Kids [3 0 R] /Count {count} >>");

        var document = PdfDocument.Open(Complete(writer));

        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(1));
            Assert.That(PageText(document), Is.EqualTo("Counted"));
        });
    }

    [Test]
    public void A_page_count_larger_than_the_tree_ends_the_pages_early()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 3 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Object(7, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Twice"));
        writer.Object(5, Font);
        var document = PdfDocument.Open(Complete(writer));

        var pages = document.GetPages().Select(p => p.Number).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(document.NumberOfPages, Is.EqualTo(2));
            Assert.That(Assert.Throws<PdfReadException>(() => document.GetPage(3))!.Code, Is.EqualTo(PdfErrorCode.PageOutOfRange));
        });
    }

    [TestCase("/W [1 4 2000000000]")]
    [TestCase("/W [1 -4 2]")]
    [TestCase("/W 7")]
    [TestCase("/W [1 4 2] /Index [0 2147483647]")]
    [TestCase("/W [1 4 2] /Index [2147483640 100]")]
    [TestCase("/W [1 4 2] /Size 2147483647")]
    [TestCase("/W [1 4 2] /Prev -5")]
    [TestCase("/W [1 4 2] /Prev 100000000000000000000")]
    public void An_absurd_cross_reference_stream_falls_back_to_scanning(string entries)
    {
        var writer = OnePageObjects("Scanned");
        var offset = writer.Position;
        writer.Stream(20, $"/Type /XRef {entries} /Root 1 0 R", new byte[64]);

        var document = PdfDocument.Open(writer.StartXref(offset).ToArray());

        Assert.That(PageText(document), Is.EqualTo("Scanned"));
    }

    [TestCase("/N 2147483647 /First 0")]
    [TestCase("/N 1 /First -20")]
    [TestCase("/N 1 /First 2147483647")]
    [TestCase("/N -3 /First 4")]
    public void An_absurd_object_stream_header_loses_only_its_objects(string header)
    {
        var writer = OnePageObjects("Survives");
        writer.Stream(20, $"/Type /ObjStm {header}", "21 0 (inside)");
        var rows = writer.RowsForWrittenObjects().Append(XrefRow.Compressed(21, 20, 0)).ToList();
        var xref = writer.XrefStream(22, rows, "/Size 23 /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Survives"));
            Assert.That(document.File.Resolve(new Objects.ObjectId(21, 0)), Is.Not.Null);
        });
    }

    [Test]
    public void An_array_beyond_the_item_limit_fails_only_its_object()
    {
        var limits = new ReaderLimits { MaxCollectionItems = 1000 };
        var writer = OnePageObjects("Limited");
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R /Huge 7 0 R >>");
        writer.Object(7, "[" + string.Concat(Enumerable.Repeat("0 ", 2000)) + "]");
        var document = PdfDocument.Open(Complete(writer), new ReadOptions { Limits = limits });

        Assert.Multiple(() =>
        {
            Assert.That(document.File.Resolve(new Objects.ObjectId(7, 0)), Is.SameAs(Objects.PdfNull.Instance));
            Assert.That(document.Warnings, Has.Some.Contains("1000"));
            Assert.That(PageText(document), Is.EqualTo("Limited"));
        });
    }

    [Test]
    public void A_content_stream_beyond_the_decoded_size_limit_is_read_only_in_part()
    {
        var limits = new ReaderLimits { MaxDecodedStreamBytes = 4096 };
        var content = FilterEncoders.Flate(Encoding.ASCII.GetBytes(ContentShowing("Big") + new string(' ', 10_000)));
        var document = PdfDocument.Open(OnePageWithContent("/Filter /FlateDecode", content), new ReadOptions { Limits = limits });

        Assert.That(document.GetPage(1).Warnings, Has.Some.Contains("4096"));
    }

    [TestCase("[", "]")]
    [TestCase("<< /A ", ">>")]
    public void Deep_nesting_in_an_object_fails_only_that_object(string open, string close)
    {
        var writer = OnePageObjects("Shallow");
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R /Deep 7 0 R >>");
        writer.Object(7, string.Concat(Enumerable.Repeat(open, Deep)) + string.Concat(Enumerable.Repeat(close, Deep)));
        var document = PdfDocument.Open(Complete(writer));

        Assert.Multiple(() =>
        {
            Assert.That(document.File.Resolve(new Objects.ObjectId(7, 0)), Is.SameAs(Objects.PdfNull.Instance));
            Assert.That(PageText(document), Is.EqualTo("Shallow"));
        });
    }

    [Test]
    public void Deep_nesting_in_a_content_stream_keeps_what_came_before_it()
    {
        var content = ContentShowing("Before") + " " + new string('[', Deep);
        var page = PdfDocument.Open(OnePageWithContent(string.Empty, content)).GetPage(1);

        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(page.Letters.Select(l => l.Value)), Is.EqualTo("Before"));
            Assert.That(page.Warnings, Has.Some.Contains("nested"));
        });
    }

    [Test]
    public void Deep_nesting_in_the_trailer_is_survived()
    {
        var writer = OnePageObjects("Trailer");
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R /Junk " + new string('[', Deep));

        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.That(PageText(document), Is.EqualTo("Trailer"));
    }

    [Test]
    public void A_chain_of_object_streams_deeper_than_the_resolution_limit_ends()
    {
        // Object stream k holds the /Length of object stream k + 1, so reading the last needs every one before it.
        const int Chain = 400;
        var writer = OnePageObjects("Chained");
        var rows = writer.RowsForWrittenObjects();
        for (var k = 0; k < Chain; k++)
        {
            var stream = 100 + 2 * k;
            var body = Encoding.ASCII.GetBytes($"{stream + 3} 0 42");
            writer.Stream(stream, "/Type /ObjStm /N 1 /First 0", body, length: k == 0 ? null : $"{stream + 1} 0 R");
            rows.Add(XrefRow.InFile(stream, writer.Offsets[stream]));
            rows.Add(XrefRow.Compressed(stream + 3, stream, 0));
        }

        var xref = writer.XrefStream(99, rows.Where(r => r.Number != 0), $"/Size {100 + 2 * Chain + 3} /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(() => document.File.Resolve(new Objects.ObjectId(100 + 2 * Chain + 1, 0)), Throws.Nothing);
            Assert.That(PageText(document), Is.EqualTo("Chained"));
        });
    }

    [Test]
    public void A_limit_on_file_size_is_honoured_before_reading()
    {
        var error = Assert.Throws<PdfReadException>(() =>
            PdfDocument.Open(OnePage("Big"), new ReadOptions { Limits = new ReaderLimits { MaxFileBytes = 100 } }));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.LimitExceeded));
    }

    private static void AssertFails(byte[] data, PdfErrorCode expected)
    {
        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(data));

        Assert.That(error!.Code, Is.EqualTo(expected), error.Message);
    }

    private static byte[] OnePageWithContent(string streamEntries, string content, string? length = null) =>
        OnePageWithContent(streamEntries, Encoding.Latin1.GetBytes(content), length);

    private static byte[] OnePageWithContent(string streamEntries, byte[] content, string? length = null)
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, streamEntries, content, length: length);
        writer.Object(5, Font);
        return Complete(writer);
    }

    /// <summary>Ends a file with a table listing every object written and a trailer naming object 1 as the catalog.</summary>
    private static byte[] Complete(PdfWriter writer)
    {
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, $"/Size {rows.Max(r => r.Number) + 1} /Root 1 0 R");
        return writer.StartXref(xref).ToArray();
    }
}
