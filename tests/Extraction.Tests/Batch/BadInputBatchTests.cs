using System.Diagnostics;
using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>
/// A batch full of bad inputs: each is accounted for once in run.json and failed.csv with a typed reason, and the
/// good documents of the same batch come out complete.
/// </summary>
[TestFixture]
public sealed class BadInputBatchTests
{
    private TemporaryFolder inputs = null!;
    private TemporaryFolder output = null!;
    private BatchSummary summary = null!;

    [OneTimeSetUp]
    public void RunBatch()
    {
        inputs = new TemporaryFolder("extraction-bad-inputs-");
        output = new TemporaryFolder("extraction-bad-run-");
        File.WriteAllBytes(inputs["empty.pdf"], []);
        File.WriteAllText(inputs["letter.pdf"], "Dear reader, this is not a PDF.");
        File.WriteAllBytes(inputs["truncated.pdf"], File.ReadAllBytes(Corpus.Pdf("001_3fb77736774634ba"))[..3000]);
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "reader", "aes-256-user-password.pdf"), inputs["aes-256-user-password.pdf"]);
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "reader", "rc4-128-user-password.pdf"), inputs["rc4-128-user-password.pdf"]);
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "batch", "image-only.pdf"), inputs["image-only.pdf"]);
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), inputs["good.pdf"]);
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), inputs["good-again.pdf"]);
        File.Copy(Corpus.Pdf("003_06e0a490bd8dc3fd"), inputs["report.pdf"]);
        Batches.DistinctCopy(Corpus.Pdf("001_3fb77736774634ba"), inputs["vanishing.pdf"], 1);
        Process.Start("mkfifo", inputs["pipe.pdf"]).WaitForExit();
        Directory.CreateDirectory(inputs["folder.pdf"]);
        File.WriteAllText(inputs["manifest.csv"], "path\nfolder.pdf\nnever-there.pdf\n");

        // The folder, one of its files again, and the manifest naming a folder and a missing file.
        summary = Batches.Run(
            [inputs.Path, inputs["good.pdf"], inputs["manifest.csv"]],
            output.Path,
            observer: new DeleteWhenPlanned(inputs["vanishing.pdf"]));
    }

    [OneTimeTearDown]
    public void Delete()
    {
        inputs.Dispose();
        output.Dispose();
    }

    [TestCase("empty.pdf", "EmptyFile")]
    [TestCase("letter.pdf", "NotAPdf")]
    [TestCase("truncated.pdf", "Truncated")]
    [TestCase("aes-256-user-password.pdf", "PasswordRequired")]
    [TestCase("rc4-128-user-password.pdf", "PasswordRequired")]
    [TestCase("image-only.pdf", "NoTextLayer")]
    [TestCase("vanishing.pdf", "FileNotFound")]
    [TestCase("pipe.pdf", "Unreadable")]
    [TestCase("folder.pdf", "Unreadable")]
    [TestCase("never-there.pdf", "FileNotFound")]
    public void A_bad_input_fails_with_its_code_and_a_message(string file, string code)
    {
        var entry = summary.Entry(file);

        Assert.That(entry.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(entry.Error!.Code, Is.EqualTo(code));
        Assert.That(entry.Error.Message, Is.Not.Empty);
        Assert.That(entry.Error.Stage, Is.EqualTo("read"));
        Assert.That(entry.OutputFolder, Is.Null);
    }

    [Test]
    public void Every_input_has_exactly_one_entry()
    {
        var expected = Directory.GetFileSystemEntries(inputs.Path)
            .Where(p => !p.EndsWith(".csv", StringComparison.Ordinal))
            .Append(inputs["never-there.pdf"])
            .Append(inputs["vanishing.pdf"])
            .Order(StringComparer.Ordinal);

        Assert.That(summary.Documents.Select(d => d.Input), Is.EqualTo(expected));
        Assert.That(summary.Failed, Is.EqualTo(10));
        Assert.That(File.ReadAllLines(output["failed.csv"]).Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(summary.Documents.Where(d => d.Status == DocumentStatus.Failed).Select(d => d.Input)));
        var runJson = File.ReadAllText(output["run.json"]);
        Assert.That(summary.Documents.Select(d => d.Input), Has.All.Matches<string>(input => runJson.Contains($"\"input\": \"{input}\"", StringComparison.Ordinal)));
    }

    [Test]
    public void The_same_content_twice_is_processed_once_and_the_repeat_is_skipped_with_the_reason()
    {
        // Inputs are taken in ordinal order of path: "good-again.pdf" comes before "good.pdf".
        var first = summary.Entry("good-again.pdf");
        var repeat = summary.Entry("good.pdf");

        Assert.That(first.Status, Is.EqualTo(DocumentStatus.OkWithWarnings));
        Assert.That(repeat.Status, Is.EqualTo(DocumentStatus.Skipped));
        Assert.That(repeat.Reason, Is.EqualTo("same content as " + inputs["good-again.pdf"]));
        Assert.That(repeat.Sha256, Is.EqualTo(first.Sha256));
        Assert.That(repeat.OutputFolder, Is.EqualTo(first.OutputFolder));
        Assert.That(repeat.Facts, Is.Zero);
    }

    [Test]
    public void The_good_documents_come_out_complete()
    {
        var facts = File.ReadAllLines(output["facts.csv"]).Skip(1).GroupBy(l => l.Split(',')[0]).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(facts, Is.EqualTo(new Dictionary<string, int>
        {
            ["good-again.pdf"] = FactBuilder.Build(Corpus.Extract("000_360efd37c18e3eeb")).Count(),
            ["report.pdf"] = FactBuilder.Build(Corpus.Extract("003_06e0a490bd8dc3fd")).Count(),
        }));
        Assert.That(summary.Entry("report.pdf").Status, Is.EqualTo(DocumentStatus.OkWithWarnings));
    }

    private sealed class DeleteWhenPlanned(string path) : IBatchObserver
    {
        public void Planned(int total, int toProcess) => File.Delete(path);

        public void Completed(DocumentEntry entry)
        {
        }
    }
}
