using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Golden;
using Extraction.Tests.Support;

namespace Extraction.Reading.PdfPig.Tests;

/// <summary>
/// The corpus goldens of the default reader (Extraction.Tests' CorpusGoldenTests), run with the PdfPig back end:
/// every numeric cell of the ground truth is in the facts with its table, row, column, measure, year, value and scale,
/// and nothing else is; the tables are found on their pages with their notes. All five documents match exactly, so
/// no difference is pinned: a change of PdfPig or of the adapter that loses a fact fails here.
/// </summary>
[TestFixture]
public sealed class CorpusGoldenTests
{
    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void Facts_equal_the_ground_truth_tables(string name)
    {
        var truth = Truth.Load(PdfPigCorpus.Pdf(name));
        var comparison = GoldenComparison.Compare(GoldenCells.Expected(truth), GoldenCells.Actual(Extract(name)));

        TestContext.Out.WriteLine(comparison.Report(name));
        Assert.That(comparison.IsExact, Is.True, comparison.Report(name));
    }

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void Tables_are_found_with_their_pages_and_notes(string name)
    {
        var truth = Truth.Load(PdfPigCorpus.Pdf(name));
        var tables = Extract(name).Tables;

        Assert.That(tables.Select(t => t.Id), Is.EqualTo(truth.Tables.Select(t => GoldenTables.ExpectedId(truth, t))));
        Assert.That(tables.Select(t => t.Kind.ToString().ToLowerInvariant()), Is.EqualTo(truth.Tables.Select(t => t.Kind)));
        Assert.That(tables.Select(t => t.Pages), Is.EqualTo(truth.Tables.Select(t => t.Pages)));
        Assert.That(tables.Select(t => t.Notes), Is.EqualTo(truth.Tables.Select(t => t.Notes)));
    }

    private static DocumentExtraction Extract(string name) => PdfPigCorpus.Process(name) switch
    {
        DocumentSucceeded s => s.Extraction,
        DocumentFailed f => throw new AssertionException($"{f.SourcePath} failed: {f.Code}: {f.Message}"),
        _ => throw new InvalidOperationException(),
    };
}
