using Extraction.Batch;
using Extraction.Configuration;
using Extraction.Outputs.RunReport;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Reporting;

/// <summary>What a run writes for people to look at, the switch that leaves the page views out, and re-runs.</summary>
[TestFixture]
public sealed class RunOutputsForPeopleTests
{
    private const string Document = "001_3fb77736774634ba";

    private TemporaryFolder output = null!;

    [SetUp]
    public void CreateOutput() => output = new TemporaryFolder("extraction-views-");

    [TearDown]
    public void DeleteOutput() => output.Dispose();

    [Test]
    public void A_run_writes_the_report_beside_run_json_and_a_page_view_in_each_document_folder()
    {
        var summary = Run(Batches.Options());

        var folder = summary.Entry(Document + ".pdf").OutputFolder!;
        Assert.That(File.Exists(output[RunReportWriter.FileName]), Is.True);
        Assert.That(File.Exists(output[RunJson.FileName]), Is.True);
        Assert.That(
            Directory.GetFiles(output[folder]).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "it.json", "page-view.html", DocumentReportFile.FileName, StoredDocument.FileName, StoredDocument.FactsFileName }));
        Assert.That(File.ReadAllText(output[RunReportWriter.FileName]), Does.Contain($"href=\"{folder}/page-view.html\""));
        Assert.That(Directory.GetFiles(output.Path, "*.tmp*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Without_page_views_the_report_lists_the_documents_without_links()
    {
        var options = Batches.Options();
        Run(options with { Writers = options.Writers with { PageViews = false } });

        Assert.That(Directory.GetFiles(output.Path, "page-view.html", SearchOption.AllDirectories), Is.Empty);
        var report = File.ReadAllText(output[RunReportWriter.FileName]);
        Assert.That(report, Does.Contain($"data-document=\"{Document}.pdf\""));
        Assert.That(report, Does.Not.Contain("page-view.html"));
    }

    [Test]
    public void A_rerun_that_skips_an_unchanged_document_still_reports_it_with_its_failed_checks()
    {
        var first = File.ReadAllText(ReportAfter(Run(Batches.Options())));
        var second = Run(Batches.Options());

        Assert.That(second.Entry(Document + ".pdf").Status, Is.EqualTo(Extraction.Batch.DocumentStatus.Skipped));
        var report = File.ReadAllText(output[RunReportWriter.FileName]);
        Assert.That(report, Does.Contain("data-status=\"skipped\""));
        Assert.That(FailedCheckCount(report), Is.EqualTo(FailedCheckCount(first)).And.GreaterThan(0));
    }

    private string ReportAfter(BatchSummary summary) => Path.Combine(summary.OutputDirectory, RunReportWriter.FileName);

    private static int FailedCheckCount(string report) => report.Split("class=\"check\"").Length - 1;

    private BatchSummary Run(ExtractionSettings options) => Batches.Run([Corpus.Pdf(Document)], output.Path, options: options);
}
