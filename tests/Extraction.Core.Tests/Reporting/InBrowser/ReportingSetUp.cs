using Extraction.Core.Pipeline;
using Extraction.Core.Tests.Reporting.Browser;
using Extraction.Core.Tests.Support;
using Extraction.Tests.Shared;
using Serilog;

namespace Extraction.Core.Tests.Reporting.InBrowser;

/// <summary>
/// For the reporting tests: one run over the corpus plus a file that is not a PDF and an input that does not exist,
/// written to a temporary folder, and one headless Chromium to look at the results with.
/// </summary>
[SetUpFixture]
public sealed class ReportingSetUp
{
    public const string Broken = "broken.pdf";
    public const string Missing = "missing.pdf";

    private static string? inputs;
    private static string? output;
    private static RunSummary? summary;
    private static Chromium? browser;

    internal static string Output => output ?? throw new InvalidOperationException("The run was not made.");

    internal static RunSummary Summary => summary ?? throw new InvalidOperationException("The run was not made.");

    internal static Chromium Browser => browser ?? throw new InvalidOperationException("Chromium was not started.");

    /// <summary>The corpus documents the run processed.</summary>
    internal static IEnumerable<string> Documents() => RepositoryPaths.CorpusPdfs().Select(Path.GetFileNameWithoutExtension).OfType<string>();

    internal static string PageView(string document) => Path.Combine(Output, "documents", document, "page-view.html");

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
        summary = new PipelineRun(Corpus.Options, new LoggerConfiguration().CreateLogger()).Execute([inputs, Path.Combine(inputs, "absent", Missing)], output);
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
