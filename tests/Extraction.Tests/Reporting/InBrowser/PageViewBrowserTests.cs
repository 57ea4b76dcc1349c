using System.Globalization;
using System.Text.Json;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Reporting.InBrowser;

/// <summary>
/// The page views of a run, opened in Chromium: every value drawn where facts.csv says it is, every table with its
/// columns and header cells, the charts marked, and a click on a value showing what it became.
/// </summary>
[TestFixture]
public sealed class PageViewBrowserTests : BrowserTest
{
    private const double Tolerance = 0.011;

    private static IEnumerable<string> Documents() => ReportingSetUp.Documents();

    [TestCaseSource(nameof(Documents))]
    public async Task Every_value_drawn_is_a_fact_of_that_page_at_its_place(string document)
    {
        var facts = Facts(document);
        await Tab.Open(ReportingSetUp.PageView(document));
        await Tab.WaitFor("document.body.dataset.ready === 'true'");

        foreach (var page in Enumerable.Range(1, PageCount(document)))
        {
            await ShowPage(page);
            var drawn = (await Tab.Evaluate<double[][]>(
                $"Array.from(document.querySelectorAll('#p{page} rect.value')).map(r => ['x', 'y', 'width', 'height'].map(a => +r.getAttribute(a)))"))
                .Select(b => (b[0], b[1], b[0] + b[2], b[1] + b[3]))
                .ToList();
            var expected = facts.Where(f => f["page"] == page.ToString(CultureInfo.InvariantCulture))
                .Select(f => (f.Number("x0"), f.Number("y0"), f.Number("x1"), f.Number("y1")))
                .ToList();

            Assert.That(drawn, Has.Count.EqualTo(expected.Count), $"{document} page {page}: value cells drawn vs facts");
            foreach (var box in expected)
            {
                Assert.That(drawn.Any(d => Near(d, box)), Is.True, $"{document} page {page}: no value drawn at {box}");
            }
        }
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Every_table_is_drawn_with_its_columns_and_header_cells_around_its_values(string document)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ReportingSetUp.PolicyAreaJson(document)));
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        await Tab.Open(ReportingSetUp.PageView(document));

        foreach (var page in Enumerable.Range(1, PageCount(document)))
        {
            var onPage = tables.Where(t => t.GetProperty("boxes").EnumerateArray().Any(b => b.GetProperty("page").GetInt32() == page)).ToList();
            var startHere = onPage.Where(t => t.GetProperty("boxes")[0].GetProperty("page").GetInt32() == page).ToList();
            await ShowPage(page);

            var counts = await Tab.Evaluate<int[]>(
                $"['rect.table', 'rect.column', 'rect.header-cell'].map(s => document.querySelectorAll('#p{page} ' + s).length)");
            Assert.That(counts[0], Is.EqualTo(onPage.Count), $"{document} page {page}: table areas");
            Assert.That(counts[1], Is.EqualTo(onPage.Sum(t => t.GetProperty("columns").GetArrayLength())), $"{document} page {page}: columns");
            Assert.That(counts[2], Is.EqualTo(startHere.Sum(t => t.GetProperty("header_cells").GetArrayLength())), $"{document} page {page}: header cells");

            var outside = await Tab.Evaluate<int>(
                $$"""
                (() => {
                  const box = r => ['x', 'y', 'width', 'height'].map(a => +r.getAttribute(a));
                  const tables = Array.from(document.querySelectorAll('#p{{page}} rect.table')).map(box);
                  return Array.from(document.querySelectorAll('#p{{page}} rect.value')).map(box)
                    .filter(v => !tables.some(t => v[0] >= t[0] - 1 && v[1] >= t[1] - 1 && v[0] + v[2] <= t[0] + t[2] + 1 && v[1] + v[3] <= t[1] + t[3] + 1)).length;
                })()
                """);
            Assert.That(outside, Is.Zero, $"{document} page {page}: values outside every table area");
        }
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Charts_are_marked_as_charts_and_nothing_else_is(string document)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, document + ".truth.json")));
        var figures = truth.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("page").GetInt32()).ToList();
        await Tab.Open(ReportingSetUp.PageView(document));

        foreach (var page in Enumerable.Range(1, PageCount(document)))
        {
            await ShowPage(page);
            var charts = await Tab.Evaluate<int>($"document.querySelectorAll('#p{page} rect.chart').length");
            Assert.That(charts, Is.EqualTo(figures.Count(f => f == page)), $"{document} page {page}: charts marked");
        }
    }

    [Test]
    public async Task Clicking_a_value_in_a_failed_check_shows_what_it_became_and_the_check()
    {
        const string document = "000_360efd37c18e3eeb";
        using var json = JsonDocument.Parse(File.ReadAllText(ReportingSetUp.PolicyAreaJson(document)));
        var target = json.RootElement.GetProperty("checks").GetProperty("warnings")[0].GetProperty("target");
        var fact = Facts(document).Single(f =>
            f["table_uid"] == target.GetProperty("table").GetString()
            && f["row_label"] == target.GetProperty("row_label").GetString()
            && f["column_label"] == target.GetProperty("column_label").GetString());
        var page = int.Parse(fact["page"], CultureInfo.InvariantCulture);
        await Tab.Open(ReportingSetUp.PageView(document));
        await ShowPage(page);

        var selector = $"#p{page} rect.value[x=\"{Attribute(fact["x0"])}\"][y=\"{Attribute(fact["y0"])}\"]";
        Assert.That(await Tab.Evaluate<string>($"document.querySelector('{selector.Replace("'", "\\'")}').getAttribute('class')"), Does.Contain("failed"));
        await Tab.ClickOn(selector);
        await Tab.WaitFor("document.getElementById('value-details') !== null");

        var shown = await Tab.Evaluate<Dictionary<string, string>>(
            "Object.fromEntries(Array.from(document.querySelectorAll('#value-details dd')).map(d => [d.dataset.field, d.textContent]))");
        Assert.That(shown["row_label"], Is.EqualTo(fact["row_label"]));
        Assert.That(shown["column_label"], Is.EqualTo(fact["column_label"]));
        Assert.That(shown["measure"], Is.EqualTo(fact["measure"]));
        Assert.That(shown["year"], Does.StartWith(fact["year"]));
        Assert.That(decimal.Parse(shown["value"], CultureInfo.InvariantCulture), Is.EqualTo(decimal.Parse(fact["value"], CultureInfo.InvariantCulture)));
        Assert.That(shown["scale"], Is.EqualTo(fact["scale"]));
        Assert.That(shown["unit"], Does.StartWith(fact["unit"]));
        Assert.That(shown["amount_dkk"].Replace(".", string.Empty, StringComparison.Ordinal), Does.StartWith(fact["amount_dkk"]));
        var failedChecks = await Tab.Evaluate<string[]>("Array.from(document.querySelectorAll('#value-checks li.fails')).map(l => l.textContent)");
        Assert.That(failedChecks, Has.Some.Contains(json.RootElement.GetProperty("checks").GetProperty("warnings")[0].GetProperty("message").GetString()));

        await Tab.Evaluate($"document.getElementById('p{page}').scrollIntoView()");
        ReportingSetUp.Keep(await Tab.Screenshot(), "page-view.png");
    }

    [Test]
    public async Task Layers_switch_off_and_on_and_the_page_zooms()
    {
        await Tab.Open(ReportingSetUp.PageView("001_3fb77736774634ba"));
        await ShowPage(1);

        await Tab.ClickOn("input[data-layer='words']");
        Assert.That(await Tab.Evaluate<string>("getComputedStyle(document.querySelector('#p1 .layer-words')).display"), Is.EqualTo("none"));
        await Tab.ClickOn("input[data-layer='words']");
        Assert.That(await Tab.Evaluate<string>("getComputedStyle(document.querySelector('#p1 .layer-words')).display"), Is.Not.EqualTo("none"));

        var before = await Tab.Evaluate<double>("document.querySelector('#p1 svg').getBoundingClientRect().width");
        await Tab.ClickOn("button[data-zoom='in']");
        var after = await Tab.Evaluate<double>("document.querySelector('#p1 svg').getBoundingClientRect().width");
        Assert.That(after / before, Is.EqualTo(1.25).Within(0.01));
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Facts(string document) =>
        FactsFile.Read(Path.Combine(ReportingSetUp.Output, "facts.csv")).Where(f => f["source_file"] == document + ".pdf").ToList();

    private static int PageCount(string document) => Corpus.Extract(document).PageCount;

    private static bool Near((double, double, double, double) a, (double, double, double, double) b) =>
        Math.Abs(a.Item1 - b.Item1) < Tolerance && Math.Abs(a.Item2 - b.Item2) < Tolerance
        && Math.Abs(a.Item3 - b.Item3) < Tolerance && Math.Abs(a.Item4 - b.Item4) < Tolerance;

    /// <summary>A coordinate as the page writes it in an attribute (JavaScript's shortest form of the number).</summary>
    private static string Attribute(string number) => double.Parse(number, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
