using Extraction.Batch;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>
/// Outputs depend on the inputs only: not on the order documents finish in, not on interruptions. A re-run skips
/// what is complete and unchanged, and still writes the skipped documents' facts.
/// </summary>
[TestFixture]
public sealed class ResumeTests
{
    private TemporaryFolder inputs = null!;
    private TemporaryFolder reference = null!;
    private SortedDictionary<string, byte[]> referenceOutputs = null!;

    [OneTimeSetUp]
    public void RunOnceSequentially()
    {
        inputs = new TemporaryFolder("extraction-resume-inputs-");
        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        for (var i = 0; i < 10; i++)
        {
            Batches.DistinctCopy(pdfs[i % pdfs.Count], inputs[$"doc-{i:00}.pdf"], i);
        }

        File.WriteAllText(inputs["broken.pdf"], "not a PDF");
        reference = new TemporaryFolder("extraction-resume-reference-");
        Batches.Run([inputs.Path], reference.Path, options: Batches.Options(parallelism: 1));
        referenceOutputs = Batches.Outputs(reference.Path);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        inputs.Dispose();
        reference.Dispose();
    }

    [Test]
    public void Parallel_runs_write_the_same_bytes_as_a_sequential_run()
    {
        using var output = new TemporaryFolder();

        Batches.Run([inputs.Path], output.Path, options: Batches.Options(parallelism: 4));

        Assert.That(Batches.Outputs(output.Path), Is.EqualTo(referenceOutputs));
    }

    [Test]
    public void A_rerun_skips_unchanged_documents_and_keeps_their_facts()
    {
        using var output = new TemporaryFolder();
        Batches.Run([inputs.Path], output.Path);

        var again = Batches.Run([inputs.Path], output.Path);

        Assert.That(again.Documents.Where(d => d.FileName != "broken.pdf").Select(d => (d.Status, d.Reason)), Is.All.EqualTo((DocumentStatus.Skipped, BatchPlanner.Unchanged)));
        Assert.That(again.Entry("broken.pdf").Status, Is.EqualTo(DocumentStatus.Failed), "failures are tried again");
        Assert.That(again.Facts, Is.GreaterThan(0));
        Assert.That(Batches.Outputs(output.Path), Is.EqualTo(referenceOutputs));
    }

    [Test]
    public void Force_processes_every_document_again()
    {
        using var output = new TemporaryFolder();
        Batches.Run([inputs.Path], output.Path);

        var forced = Batches.Run([inputs.Path], output.Path, force: true);

        Assert.That(forced.Skipped, Is.Zero);
        Assert.That(forced.Ok + forced.OkWithWarnings, Is.EqualTo(10));
        Assert.That(Batches.Outputs(output.Path), Is.EqualTo(referenceOutputs));
    }

    [Test]
    public void What_an_interrupted_run_leaves_is_completed_and_cleaned_up_by_the_next_run()
    {
        using var output = new TemporaryFolder();
        var first = Batches.Run([inputs.Path], output.Path);
        var documents = Path.Combine(output.Path, "documents");
        var folders = first.Documents.Where(d => d.OutputFolder is not null).Select(d => Path.Combine(output.Path, d.OutputFolder!)).ToList();

        // The states a kill can leave: a folder never renamed into place, a folder moved aside but not yet replaced,
        // a run-level file half written, and no facts.csv or run.json at all.
        Directory.Move(folders[0], Path.Combine(documents, $".tmp-{Path.GetFileName(folders[0])}-0123"));
        Directory.Move(folders[1], Path.Combine(documents, $".tmp-old-{Path.GetFileName(folders[1])}-4567"));
        File.WriteAllText(Path.Combine(output.Path, ".tmp-facts.csv-89ab"), "source_file,munic");
        File.Delete(output["facts.csv"]);
        File.Delete(output["run.json"]);

        var resumed = Batches.Run([inputs.Path], output.Path);

        Assert.That(resumed.Documents.Count(d => d.Status is DocumentStatus.Ok or DocumentStatus.OkWithWarnings), Is.EqualTo(2));
        Assert.That(resumed.Skipped, Is.EqualTo(8));
        Assert.That(Batches.Outputs(output.Path), Is.EqualTo(referenceOutputs));
    }

    [Test]
    public void A_document_whose_stored_outputs_are_damaged_or_from_another_configuration_is_processed_again()
    {
        using var output = new TemporaryFolder();
        var first = Batches.Run([inputs.Path], output.Path);
        var damaged = first.Entry("doc-00.pdf");
        var other = first.Entry("doc-01.pdf");
        File.WriteAllText(Path.Combine(output.Path, damaged.OutputFolder!, StoredDocument.FileName), "{");
        var stored = Path.Combine(output.Path, other.OutputFolder!, StoredDocument.FileName);
        File.WriteAllText(stored, File.ReadAllText(stored).Replace("\"fingerprint\": \"", "\"fingerprint\": \"0", StringComparison.Ordinal));

        var again = Batches.Run([inputs.Path], output.Path);

        Assert.That(again.Entry("doc-00.pdf").Status, Is.Not.EqualTo(DocumentStatus.Skipped));
        Assert.That(again.Entry("doc-01.pdf").Status, Is.Not.EqualTo(DocumentStatus.Skipped));
        Assert.That(again.Skipped, Is.EqualTo(8));
        Assert.That(Batches.Outputs(output.Path), Is.EqualTo(referenceOutputs));
    }

    [Test]
    public void Changing_a_manifest_value_or_the_configuration_processes_the_document_again()
    {
        using var output = new TemporaryFolder();
        File.WriteAllText(inputs["manifest-a.csv"], "path,municipality\ndoc-02.pdf,Roskilde\n");
        try
        {
            Batches.Run([inputs["manifest-a.csv"]], output.Path);
            File.WriteAllText(inputs["manifest-a.csv"], "path,municipality\ndoc-02.pdf,Køge\n");

            var changedManifest = Batches.Run([inputs["manifest-a.csv"]], output.Path);
            var options = Batches.Options();
            var changedOptions = Batches.Run([inputs["manifest-a.csv"]], output.Path, options: options with { Pipeline = options.Pipeline with { Checks = options.Pipeline.Checks with { Tolerance = 1 } } });

            Assert.That(changedManifest.Entry("doc-02.pdf").Status, Is.Not.EqualTo(DocumentStatus.Skipped));
            Assert.That(File.ReadAllLines(output["facts.csv"]).Skip(1), Has.All.Contains(",Køge,"));
            Assert.That(changedOptions.Entry("doc-02.pdf").Status, Is.Not.EqualTo(DocumentStatus.Skipped));
        }
        finally
        {
            File.Delete(inputs["manifest-a.csv"]);
        }
    }

    [Test]
    public void A_second_run_on_the_same_output_folder_at_the_same_time_is_refused()
    {
        using var output = new TemporaryFolder();
        using var held = new FileStream(output[".lock"], FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = Assert.Throws<Extraction.Pipeline.ConfigurationException>(() => Batches.Run([inputs.Path], output.Path));

        Assert.That(error!.Key, Is.EqualTo("output"));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.EqualTo(new[] { output[".lock"] }));
    }
}
