using Extraction.Document;
using Extraction.Outputs.PageView;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Reporting.InBrowser;

/// <summary>Page views of made-up documents, in Chromium: a long one stays small and quick to scroll; hostile text stays text.</summary>
[TestFixture]
public sealed class PageViewDocumentTests : BrowserTest
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("extraction-page-view-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_long_document_draws_only_the_pages_near_the_view()
    {
        const int pages = 120;
        var document = new SyntheticDocument();
        for (var page = 1; page <= pages; page++)
        {
            document.Page()
                .Left(60, 60, $"Aktivitetsområde {page}", bold: true)
                .Left(60, 100, "I 1.000 kr.").Right(300, 100, "R23").Right(360, 100, "B24")
                .Left(60, 115, "Løn").Right(300, 115, "1.234").Right(360, 115, "2.345")
                .Left(60, 130, "Drift").Right(300, 130, "100").Right(360, 130, "200")
                .Left(60, 145, "I alt", bold: true).Right(300, 145, "1.334", bold: true).Right(360, 145, "2.545", bold: true);
        }

        var path = Write(document, PageRange.All);
        await Tab.Open(path);
        await ShowPage(1);
        var valuesPerPage = await Tab.Evaluate<int>("document.querySelectorAll('#p1 rect.value').length");

        await ShowPage(pages);
        var drawn = await Tab.Evaluate<int>("document.querySelectorAll('svg.page-svg').length");
        var elements = await Tab.Evaluate<int>("document.getElementsByTagName('*').length");
        Assert.That(valuesPerPage, Is.EqualTo(6), "the table of each page is read and drawn");
        Assert.That(await Tab.Evaluate<bool>("document.getElementById('p1').dataset.rendered === undefined"), Is.True, "page 1 is dropped when far away");
        Assert.That(drawn, Is.LessThan(10), "pages drawn at once");
        Assert.That(elements, Is.LessThan(5 * pages + 10 * 200), "elements in the page");
    }

    [Test]
    public async Task Text_that_looks_like_markup_is_drawn_as_text_and_never_run()
    {
        const string hostile = "</script><script>window.hacked=true</script><b>{{script}}&amp;";
        var document = new SyntheticDocument().Page().Left(60, 60, hostile).Left(60, 80, "Næstved æøå");

        var path = Write(document, PageRange.All);
        await Tab.Open(path);
        await ShowPage(1);

        Assert.That(await Tab.Evaluate<bool>("window.hacked === undefined"), Is.True);
        var words = await Tab.Evaluate<string[]>("Array.from(document.querySelectorAll('#p1 .layer-words text')).map(t => t.textContent)");
        Assert.That(words, Is.EqualTo(new[] { hostile, "Næstved", "æøå" }));
    }

    [Test]
    public async Task Only_the_pages_asked_for_are_drawn()
    {
        var document = new SyntheticDocument();
        for (var page = 1; page <= 5; page++)
        {
            document.Page().Left(60, 60, $"Side {page}");
        }

        await Tab.Open(Write(document, PageRange.Parse("2-3")));

        Assert.That(await Tab.Evaluate<string[]>("Array.from(document.querySelectorAll('section.page')).map(s => s.id)"), Is.EqualTo(new[] { "p2", "p3" }));
    }

    [Test]
    public async Task Text_in_a_number_column_is_drawn_as_an_unread_figure_and_not_as_a_value()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Tabel 1.1 Udgifter", bold: true)
            .Left(60, 100, "I 1.000 kr.").Right(300, 100, "R23").Right(360, 100, "B24")
            .Left(60, 115, "Løn").Right(300, 115, "(2.130)").Right(360, 115, "2.345")
            .Left(60, 130, "Drift").Right(300, 130, "100").Right(360, 130, "200");

        await Tab.Open(Write(document, PageRange.All));
        await ShowPage(1);

        var tips = await Tab.Evaluate<string[]>("Array.from(document.querySelectorAll('#p1 rect.unread')).map(r => r.dataset.tip)");
        Assert.That(tips, Is.EqualTo(new[] { "not a number, no fact: \"(2.130)\" · Løn / R23" }));
        Assert.That(await Tab.Evaluate<int>("document.querySelectorAll('#p1 rect.value').length"), Is.EqualTo(3));
        await Tab.ClickOn("input[data-layer='unread']");
        Assert.That(await Tab.Evaluate<string>("getComputedStyle(document.querySelector('#p1 .layer-unread')).display"), Is.EqualTo("none"));
    }

    private string Write(SyntheticDocument document, PageRange pages)
    {
        var inspection = new DocumentPipeline(Corpus.Options, document).Inspect(Path.Combine(folder, "synthetic.pdf"));
        var path = Path.Combine(folder, "synthetic.html");
        Assert.That(PageViewFile.Write(inspection, pages, path), Is.True, inspection.Outcome.ToString());
        return path;
    }
}
