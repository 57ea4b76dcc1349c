using Extraction.Pdf.CrossReference;
using Extraction.Pdf.Document;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tests.Support;
using static Extraction.Pdf.Tests.Support.SampleDocuments;

namespace Extraction.Pdf.Tests.CrossReference;

/// <summary>Each way PDF files record where their objects are, written explicitly, is read back to the same page text.</summary>
[TestFixture]
public sealed class CrossReferenceTests
{
    [Test]
    public void A_classic_table_is_read_without_rebuilding()
    {
        var document = PdfDocument.Open(OnePage("Hello"));

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Hello"));
            Assert.That(document.Warnings, Is.Empty);
        });
    }

    [Test]
    public void A_cross_reference_stream_with_objects_in_an_object_stream_is_read()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Packed"));
        writer.ObjectStream(10, [
            (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            (5, Font),
        ]);
        var rows = new List<XrefRow>
        {
            XrefRow.Free(0), XrefRow.InFile(1, writer.Offsets[1]), XrefRow.Compressed(2, 10, 0), XrefRow.Compressed(3, 10, 1),
            XrefRow.InFile(4, writer.Offsets[4]), XrefRow.Compressed(5, 10, 2), XrefRow.InFile(6, writer.Offsets[6]), XrefRow.InFile(10, writer.Offsets[10]),
        };
        var xref = writer.XrefStream(11, rows, "/Size 12 /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Packed"));
            Assert.That(document.Warnings, Is.Empty);
        });
    }

    [Test]
    public void A_hybrid_file_finds_compressed_objects_through_XRefStm()
    {
        // Readers that know only tables see objects 2, 3 and 5 as free; the /XRefStm stream says where they are.
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Hybrid"));
        writer.ObjectStream(10, [
            (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            (5, Font),
        ]);
        var stream = writer.XrefStream(11, [XrefRow.Compressed(2, 10, 0), XrefRow.Compressed(3, 10, 1), XrefRow.Compressed(5, 10, 2)], "/Size 12");
        var table = writer.XrefTable(
            [
                XrefRow.Free(0), XrefRow.InFile(1, writer.Offsets[1]), XrefRow.Free(2, 0, 0), XrefRow.Free(3, 0, 0), XrefRow.InFile(4, writer.Offsets[4]),
                XrefRow.Free(5, 0, 0), XrefRow.InFile(6, writer.Offsets[6]), XrefRow.InFile(10, writer.Offsets[10]), XrefRow.InFile(11, stream),
            ],
            Invariant($"/Size 12 /Root 1 0 R /XRefStm {stream}"));
        var document = PdfDocument.Open(writer.StartXref(table).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Hybrid"));
            Assert.That(document.Warnings, Is.Empty);
        });
    }

    [Test]
    public void An_incremental_update_replaces_objects_and_keeps_the_rest()
    {
        var writer = OnePageObjects("Draft");
        var rows = writer.RowsForWrittenObjects();
        var original = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        writer.StartXref(original);
        writer.Stream(4, string.Empty, ContentShowing("Final"));
        var update = writer.XrefTable([XrefRow.InFile(4, writer.Offsets[4])], Invariant($"/Size {rows.Count} /Root 1 0 R /Prev {original}"));
        var document = PdfDocument.Open(writer.StartXref(update).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Final"));
            Assert.That(document.Warnings, Is.Empty);
        });
    }

    [Test]
    public void An_update_with_a_cross_reference_stream_chains_to_an_older_table()
    {
        var writer = OnePageObjects("Draft");
        var rows = writer.RowsForWrittenObjects();
        var original = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        writer.StartXref(original);
        writer.Stream(4, string.Empty, ContentShowing("Streamed"));
        var update = writer.XrefStream(7, [XrefRow.InFile(4, writer.Offsets[4])], Invariant($"/Size 8 /Root 1 0 R /Prev {original}"));
        var document = PdfDocument.Open(writer.StartXref(update).ToArray());

        Assert.That(PageText(document), Is.EqualTo("Streamed"));
    }

    [Test]
    public void An_object_deleted_by_an_update_is_null()
    {
        var writer = OnePageObjects("Kept");
        writer.Object(7, "(still in the file)");
        var rows = writer.RowsForWrittenObjects();
        var original = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        writer.StartXref(original);
        var update = writer.XrefTable([XrefRow.Free(0, 7), XrefRow.Free(7, 0, 1)], Invariant($"/Size {rows.Count} /Root 1 0 R /Prev {original}"));
        var document = PdfDocument.Open(writer.StartXref(update).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(document.File.Resolve(new ObjectId(7, 0)), Is.SameAs(PdfNull.Instance));
            Assert.That(PageText(document), Is.EqualTo("Kept"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_looping_Prev_chain_is_cut_with_a_warning(bool pointsAtItself)
    {
        var writer = OnePageObjects("Loop");
        var rows = writer.RowsForWrittenObjects();
        string Trailer(long prev) => Invariant($"/Size {rows.Count} /Root 1 0 R /Prev {prev:D10}");

        // Section A's /Prev points at section B, written right after it; B's /Prev points back at A, or at B itself.
        var probe = new PdfWriter();
        var probeStart = probe.Position;
        probe.XrefTable(rows, Trailer(0));
        var a = writer.Position;
        var b = a + probe.Position - probeStart;
        writer.XrefTable(rows, Trailer(b));
        var written = writer.XrefTable([XrefRow.InFile(4, writer.Offsets[4])], Trailer(pointsAtItself ? b : a));
        Assert.That(written, Is.EqualTo(b), "set-up: B is where A says it is");
        var document = PdfDocument.Open(writer.StartXref(b).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Loop"));
            Assert.That(document.Warnings, Has.Some.Contains("loops"));
        });
    }

    [TestCase(-7)]
    [TestCase(5)]
    [TestCase(100_000)]
    public void A_startxref_pointing_at_the_wrong_offset_leads_to_a_rebuilt_table(int error)
    {
        var writer = OnePageObjects("Rebuilt");
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref + error).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Rebuilt"));
            Assert.That(document.Warnings, Has.Some.Contains("rebuilding"));
        });
    }

    [Test]
    public void Entries_with_wrong_offsets_fall_back_to_the_scanned_objects()
    {
        var writer = OnePageObjects("Shifted");
        var rows = writer.RowsForWrittenObjects().Select(r => r.Kind == XrefRowKind.InFile ? r with { Field2 = r.Field2 + 3 } : r).ToList();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Shifted"));
            Assert.That(document.Warnings, Has.Some.Contains("found by scanning"));
        });
    }

    [Test]
    public void A_table_whose_subsection_starts_one_number_late_is_repaired()
    {
        // A common writer bug: "1 6" instead of "0 6", so every entry names the object after the one it locates.
        var writer = OnePageObjects("OffByOne");
        var rows = writer.RowsForWrittenObjects().Select(r => r with { Number = r.Number + 1 }).ToList();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count + 1} /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("OffByOne"));
            Assert.That(document.Warnings, Is.Empty, "read through the table, not by scanning");
        });
    }

    [Test]
    public void A_file_without_any_cross_reference_data_is_rebuilt_by_scanning()
    {
        var document = PdfDocument.Open(OnePageObjects("Scanned").ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(PageText(document), Is.EqualTo("Scanned"));
            Assert.That(document.Warnings, Has.Some.Contains("No startxref"));
        });
    }

    [Test]
    public void A_rebuilt_table_takes_the_root_from_a_cross_reference_stream_dictionary()
    {
        // No "trailer" keyword anywhere and a broken startxref: the catalog is named only by the xref stream.
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(7, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(1, "<< /Type /Catalog /Pages 99 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Named"));
        writer.Object(5, Font);
        var xref = writer.XrefStream(8, writer.RowsForWrittenObjects().Skip(1), "/Size 9 /Root 7 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref + 1).ToArray());

        Assert.That(PageText(document), Is.EqualTo("Named"));
    }

    [Test]
    public void A_rebuilt_table_finds_a_catalog_inside_an_object_stream()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Stream(4, string.Empty, ContentShowing("Deep"));
        writer.ObjectStream(10, [
            (1, "<< /Type /Catalog /Pages 2 0 R >>"),
            (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            (5, Font),
        ]);
        var document = PdfDocument.Open(writer.ToArray());

        Assert.That(PageText(document), Is.EqualTo("Deep"));
    }

    [Test]
    public void Generation_numbers_that_disagree_do_not_lose_the_object()
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        writer.Stream(4, string.Empty, ContentShowing("Generation"), generation: 2);
        writer.Object(5, Font);
        var rows = writer.RowsForWrittenObjects().Select(r => r.Number == 4 ? r with { Field3 = 1 } : r).ToList();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R");
        var document = PdfDocument.Open(writer.StartXref(xref).ToArray());

        Assert.That(PageText(document), Is.EqualTo("Generation"));
    }

    [Test]
    public void An_object_at_the_wrong_index_of_its_object_stream_is_still_found()
    {
        var document = PdfDocument.Open(WithPageInObjectStream(XrefRow.Compressed(3, 10, 7)));

        Assert.That(PageText(document), Is.EqualTo("Extended"));
    }

    [Test]
    public void An_object_missing_from_its_object_stream_is_looked_up_along_Extends()
    {
        // The xref names stream 12; the page lives in stream 10, which stream 12 extends.
        var document = PdfDocument.Open(WithPageInObjectStream(XrefRow.Compressed(3, 12, 0)));

        Assert.That(PageText(document), Is.EqualTo("Extended"));
    }

    private static byte[] WithPageInObjectStream(XrefRow pageRow)
    {
        var writer = new PdfWriter();
        WriteToUnicode(writer);
        writer.Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        writer.Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        writer.Stream(4, string.Empty, ContentShowing("Extended"));
        writer.Object(5, Font);
        writer.ObjectStream(10, [(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")]);
        writer.ObjectStream(12, [(8, "(unrelated)")], "/Extends 10 0 R");
        var rows = writer.RowsForWrittenObjects().Append(pageRow).Append(XrefRow.Compressed(8, 12, 0)).ToList();
        var xref = writer.XrefStream(13, rows, "/Size 14 /Root 1 0 R");
        return writer.StartXref(xref).ToArray();
    }
}
