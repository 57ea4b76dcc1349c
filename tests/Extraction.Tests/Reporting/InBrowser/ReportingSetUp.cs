using Extraction.Batch;
using Extraction.Outputs.RunReport;
using Extraction.Pipeline;
using Extraction.Tests.Reporting.Browser;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Reporting.InBrowser;

/// <summary>
/// For the reporting tests: one batch run over the corpus plus a file that is not a PDF and an input that does not
/// exist, written to a temporary folder, and one headless Chromium to look at the results with. What the report should
/// show is worked out independently, by running the pipeline on each input again.
/// </summary>
[SetUpFixture]
public sealed class ReportingSetUp
{
    public const string Broken = "broken.pdf";
    public const string Missing = "missing.pdf";

    private static string? inputs;
    private static string? output;
    private static BatchSummary? summary;
    private static IReadOnlyList<DocumentOutcome>? outcomes;
    private static Chromium? browser;

    internal static string Output => output ?? throw new InvalidOperationException("The run was not made.");

    internal static BatchSummary Summary => summary ?? throw new InvalidOperationException("The run was not made.");

    /// <summary>Each input's outcome from the pipeline on its own, in the run's input order.</summary>
    internal static IReadOnlyList<DocumentOutcome> Outcomes => outcomes ?? throw new InvalidOperationException("The run was not made.");

    internal static Chromium Browser => browser ?? throw new InvalidOperationException("Chromium was not started.");

    /// <summary>The corpus documents the run processed.</summary>
    internal static IEnumerable<string> Documents() => RepositoryPaths.CorpusPdfs().Select(Path.GetFileNameWithoutExtension).OfType<string>();

    /// <summary>The output folder of a corpus document (named by its file name without extension).</summary>
    internal static string DocumentFolder(string document) => Path.Combine(Output, Summary.Entry(document + ".pdf").OutputFolder!);

    internal static string PageView(string document) => Path.Combine(DocumentFolder(document), "page-view.html");

    /// <summary>The document's JSON file of a policy area or committee (not its stored-document.json or report line).</summary>
    internal static string PolicyAreaJson(string document) =>
        Directory.GetFiles(DocumentFolder(document), "*.json")
            .Single(f => Path.GetFileName(f) is not (StoredDocument.FileName or DocumentReportFile.FileName));

    internal static string Report => Path.Combine(Output, "report.html");

    [OneTimeSetUp]
    public async Task RunAndStartBrowser()
    {
        inputs = Directory.CreateTempSubdirectory("extraction-report-in-").FullName;
        output = Directory.CreateTempSubdirectory("extraction-report-out-").FullName;
        foreach (var pdf in RepositoryPaths.CorpusPdfs())
        {
            File.Copy(pdf, Path.Combine(inputs, Path.GetFileName(pdf)));
        }

        File.WriteAllText(Path.Combine(inputs, Broken), "This is a letter, not a PDF.");
        var missing = Path.Combine(inputs, "absent", Missing);
        summary = Batches.Run([inputs, missing], output, options: Batches.Options());
        var pipeline = Corpus.Pipeline();
        outcomes = summary.Documents.Select(d => pipeline.Process(d.Input)).ToList();
        browser = await Chromium.Start();
    }

    [OneTimeTearDown]
    public async Task StopAndClean()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        foreach (var folder in new[] { inputs, output }.OfType<string>())
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Keeps a screenshot with the test's results, and in <c>EXTRACTION_SCREENSHOTS</c> when set (how docs/ is refreshed).
    /// </summary>
    internal static void Keep(byte[] png, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, png);
        TestContext.AddTestAttachment(path);
        if (Environment.GetEnvironmentVariable("EXTRACTION_SCREENSHOTS") is { Length: > 0 } docs)
        {
            Directory.CreateDirectory(docs);
            File.WriteAllBytes(Path.Combine(docs, name), png);
        }
    }
}
