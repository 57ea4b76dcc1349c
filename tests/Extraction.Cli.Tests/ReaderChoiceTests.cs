using System.Text.Json;
using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>The reader back end chosen on the command line: PdfPig behind the same seam gives the corpus the same facts.</summary>
[TestFixture]
public sealed class ReaderChoiceTests
{
    [Test]
    public void The_corpus_read_by_pdfpig_gives_every_fact_our_reader_gives()
    {
        using var ours = new TemporaryFolder();
        using var pdfpig = new TemporaryFolder();

        var (oursExit, oursLog) = ExtractProcess.Run(["run", RepositoryPaths.Corpus, "--out", ours.Path, "--no-progress"]);
        var (pdfpigExit, pdfpigLog) = ExtractProcess.Run(["run", RepositoryPaths.Corpus, "--out", pdfpig.Path, "--no-progress", "--reader", "pdfpig"]);

        Assert.That(oursExit, Is.Zero, oursLog);
        Assert.That(pdfpigExit, Is.Zero, pdfpigLog);
        var expected = File.ReadAllLines(ours["facts.csv"]);
        Assert.That(expected, Has.Length.GreaterThan(400));
        Assert.That(File.ReadAllLines(pdfpig["facts.csv"]), Is.EqualTo(expected));
    }

    [Test]
    public void A_result_made_by_one_reader_is_not_taken_for_the_other_s()
    {
        using var output = new TemporaryFolder();
        var pdf = Path.Combine(RepositoryPaths.Corpus, "004_6d45ed6ea08fb11e.pdf");

        ExtractProcess.Run(["run", pdf, "--out", output.Path, "--no-progress"]);
        var (exit, log) = ExtractProcess.Run(["run", pdf, "--out", output.Path, "--no-progress", "--reader", "pdfpig"]);

        Assert.That(exit, Is.Zero, log);
        using var run = JsonDocument.Parse(File.ReadAllText(output["run.json"]));
        Assert.That(run.RootElement.ToString(), Does.Not.Contain("unchanged since the last run"));
    }

    [Test]
    public void Words_name_the_reader_that_read_them()
    {
        var pdf = Path.Combine(RepositoryPaths.Corpus, "004_6d45ed6ea08fb11e.pdf");

        var (exit, output) = ExtractProcess.Run(["words", pdf, "--pages", "1", "--reader", "pdfpig"]);

        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("\"engine\":\"pdfpig\""));
    }
}
