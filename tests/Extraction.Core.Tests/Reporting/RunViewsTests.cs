using Extraction.Core.Pipeline;
using Extraction.Core.Tests.Support;
using Serilog;

namespace Extraction.Core.Tests.Reporting;

/// <summary>What a run writes for people to look at, and the switch that leaves the page views out.</summary>
[TestFixture]
public sealed class RunViewsTests
{
    private string output = null!;

    [SetUp]
    public void CreateOutput() => output = Directory.CreateTempSubdirectory("extraction-views-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(output, recursive: true);

    [Test]
    public void A_run_writes_the_report_beside_its_facts_and_a_page_view_beside_each_document_json()
    {
        Run(Corpus.Options);

        var folder = Path.Combine(output, "documents", "001_3fb77736774634ba");
        Assert.That(File.Exists(Path.Combine(output, "report.html")), Is.True);
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "it.json", "page-view.html" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "report.html")), Does.Contain("href=\"documents/001_3fb77736774634ba/page-view.html\""));
        Assert.That(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Without_page_views_the_report_lists_the_documents_without_links()
    {
        Run(Corpus.Options with { Writers = Corpus.Options.Writers with { PageViews = false } });

        Assert.That(Directory.GetFiles(output, "page-view.html", SearchOption.AllDirectories), Is.Empty);
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.That(report, Does.Contain("data-document=\"001_3fb77736774634ba.pdf\""));
        Assert.That(report, Does.Not.Contain("page-view.html"));
    }

    private void Run(Core.Configuration.PipelineOptions options) =>
        new PipelineRun(options, new LoggerConfiguration().CreateLogger()).Execute([Corpus.Pdf("001_3fb77736774634ba")], output);
}
