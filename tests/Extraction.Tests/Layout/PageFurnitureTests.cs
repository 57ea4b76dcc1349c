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

    /// <summary>
    /// A table that goes on over a page break can start the next page at its very top, in the margin zone, where its
    /// figures ("0", "931", "2.551") read as page numbers or, digits ignored, repeat from page to page like running text.
    /// </summary>
    [Test]
    public void A_row_of_figures_at_the_top_of_a_page_is_body_text_not_furniture()
    {
        var document = new SyntheticDocument();
        foreach (var (label, figures, page) in new[] { ("Pulje til nyt systemer", new[] { "0", "931", "2.551" }, "Side 4"), ("Øvrige systemer", new[] { "30.149", "12.700", "-160" }, "Side 5") })
        {
            document.Page().Left(76, 28, label);
            for (var i = 0; i < figures.Length; i++)
            {
                document.Right(230 + (60 * i), 28, figures[i]);
            }

            document.Left(76, 60, "Samlet Udgift").Right(230, 60, "6.285").Left(500, 800, page);
        }

        var pages = LayoutAnalyzer.Analyze(document.Read("table-at-the-top.pdf"), Corpus.Options.Layout).Pages;

        Assert.That(pages.Select(p => p.Lines[0].Text), Is.EqualTo(new[] { "Pulje til nyt systemer 0 931 2.551", "Øvrige systemer 30.149 12.700 -160" }));
        Assert.That(pages.Select(p => p.PrintedNumber), Is.EqualTo(new[] { "4", "5" }));
    }

    /// <summary>
    /// A table row wrapped round its figures at the very top of a page ("Serviceudgifter i" over "alt", the figures set
    /// between them): the label's last word stands at the same place on two pages, like running text, but it belongs to
    /// the row above it.
    /// </summary>
    [Test]
    public void The_last_line_of_a_row_label_at_the_top_of_a_page_is_body_text_not_a_running_header()
    {
        var document = new SyntheticDocument();
        foreach (var (label, figures, page) in new[] { ("Serviceudgifter i", new[] { "12.800", "22.400" }, "Side 7"), ("Anlægsudgifter i", new[] { "4.600", "10.400" }, "Side 8") })
        {
            document.Page().Left(72, 22, label).Left(72, 33, "alt");
            for (var i = 0; i < figures.Length; i++)
            {
                document.Right(372 + (40 * i), 26, figures[i]);
            }

            document.Left(72, 120, "Tabellen viser udgifterne.").Left(500, 800, page);
        }

        var pages = LayoutAnalyzer.Analyze(document.Read("label-at-the-top.pdf"), Corpus.Options.Layout).Pages;

        Assert.That(pages.Select(p => p.Lines[1].Text), Is.All.EqualTo("alt"));
        Assert.That(pages.SelectMany(p => p.Furniture).Select(f => f.Segment.Text), Has.None.EqualTo("alt"));
    }

    /// <summary>
    /// Margins are set in lengths: a footer as far from the foot of a landscape page as of a portrait one is furniture,
    /// and not a table of one row whose figure is the page number (which a table continued on the next page would join).
    /// </summary>
    [Test]
    public void A_footer_of_a_landscape_page_is_furniture_at_the_distance_it_is_on_a_portrait_page()
    {
        var document = new SyntheticDocument();
        foreach (var page in new[] { "2", "3" })
        {
            document.Page(landscape: true).Left(63, 100, "Udvikling i udgifterne").Left(63, 542, "Bemærkninger til regnskab 2021 – politikområde IT").Right(530, 542, page);
        }

        var pages = LayoutAnalyzer.Analyze(document.Read("landscape.pdf"), Corpus.Options.Layout).Pages;

        Assert.That(pages.Select(p => p.Lines.Single().Text), Is.All.EqualTo("Udvikling i udgifterne"));
        Assert.That(pages.Select(p => p.PrintedNumber), Is.EqualTo(new[] { "2", "3" }));
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
