using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Reading.Pdf;
using Extraction.Tests.Support;

namespace Extraction.Tests.Layout;

/// <summary>Running headers, footers and page numbers are set aside from the body text.</summary>
[TestFixture]
public sealed class PageFurnitureTests
{
    private static DocumentLayout Layout(string name) =>
        LayoutAnalyzer.Analyze(new PdfDocumentReader().Read(Corpus.Pdf(name)), Corpus.Options.Layout);

    [Test]
    public void Printed_page_numbers_are_read_even_when_they_do_not_start_at_one()
    {
        var layout = Layout("003_06e0a490bd8dc3fd");

        Assert.That(layout.Pages[0].PrintedNumber, Is.EqualTo("9"));
        Assert.That(layout.Pages.Select(p => p.PrintedNumber), Is.All.Not.Null);
    }

    [Test]
    public void Running_headers_and_footers_are_not_body_text()
    {
        var layout = Layout("001_3fb77736774634ba");
        var body = layout.Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();

        Assert.That(layout.Pages.SelectMany(p => p.Furniture).Select(f => f.Kind).Distinct(), Is.EquivalentTo(new[] { FurnitureKind.RunningHeader, FurnitureKind.RunningFooter, FurnitureKind.PageNumber }));
        Assert.That(body, Has.None.StartsWith("Bemærkninger til regnskab 2020"));
    }

    [Test]
    public void A_document_without_margins_keeps_all_its_text()
    {
        var layout = Layout("000_360efd37c18e3eeb");

        Assert.That(layout.Pages.SelectMany(p => p.Furniture), Is.Empty);
        Assert.That(layout.Pages[0].Lines[0].Text, Is.EqualTo("0. Generelt for politikområdet IT"));
    }

    [Test]
    public void Blocks_are_read_top_to_bottom_and_column_by_column()
    {
        var options = Corpus.Options.Layout;
        var words = new SyntheticDocument().Page()
            .Left(60, 100, "Left first line")
            .Left(60, 112, "left second line")
            .Left(320, 100, "Right first line")
            .Left(320, 112, "right second line")
            .Read("two-columns.pdf");

        var blocks = LayoutAnalyzer.Analyze(words, options).Pages[0].Blocks;

        Assert.That(blocks.Select(b => b.Text), Is.EqualTo(new[] { "Left first line left second line", "Right first line right second line" }));
    }
}
