using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;
using Serilog;

namespace Extraction.Tests.Batch;

/// <summary>
/// The output folder is a dataset: each run adds to it, facts.csv and failed.csv are rebuilt from the whole store, and
/// run.json keeps the history of runs with what each changed.
/// </summary>
[TestFixture]
public sealed class DatasetStoreTests
{
    private TemporaryFolder inputs = null!;
    private TemporaryFolder output = null!;

    [SetUp]
    public void Create()
    {
        inputs = new TemporaryFolder("extraction-dataset-inputs-");
        output = new TemporaryFolder("extraction-dataset-");
    }

    [TearDown]
    public void Delete()
    {
        inputs.Dispose();
        output.Dispose();
    }

    [Test]
    public void A_run_over_one_new_document_adds_its_facts_and_keeps_the_others()
    {
        Directory.CreateDirectory(inputs["first"]);
        Directory.CreateDirectory(inputs["later"]);
        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        foreach (var pdf in pdfs.SkipLast(1))
        {
            File.Copy(pdf, Path.Combine(inputs["first"], Path.GetFileName(pdf)));
        }

        var lastPdf = Path.Combine(inputs["later"], Path.GetFileName(pdfs[^1]));
        File.Copy(pdfs[^1], lastPdf);

        var first = Batches.Run([inputs["first"]], output.Path);
        var later = Batches.Run([inputs["later"]], output.Path);

        var rows = FactsOf(output["facts.csv"]);
        Assert.That(rows, Has.Count.EqualTo(first.Facts + later.Facts));
        Assert.That(rows.Select(f => f.DocumentSha256).Distinct().Count(), Is.EqualTo(pdfs.Count));
        Assert.That(later.Store, Is.EqualTo(new StoreTotals(pdfs.Count, first.Facts + later.Facts, 0)));
        Assert.That(later.History.Select(r => r.Added.Count), Is.EqualTo(new[] { pdfs.Count - 1, 1 }));
        Assert.That(later.History[^1].Added.Single().Input, Is.EqualTo(lastPdf));
        Assert.That(File.ReadAllText(output["report.html"]), Does.Contain($"data-total=\"dataset-values\"><b>{rows.Count}</b>"));
    }

    [Test]
    public void Facts_carry_the_document_key_and_the_input_path_so_two_files_of_one_name_stay_apart()
    {
        Directory.CreateDirectory(inputs["2026"]);
        Directory.CreateDirectory(inputs["2020"]);
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), inputs["2026/it.pdf"]);
        File.Copy(Corpus.Pdf("001_3fb77736774634ba"), inputs["2020/it.pdf"]);

        var summary = Batches.Run([inputs.Path], output.Path);

        var rows = FactsOf(output["facts.csv"]);
        Assert.That(FactsCsvWriter.Columns, Is.SupersetOf(new[] { "document_sha256", "source_path" }));
        foreach (var entry in summary.Documents)
        {
            var own = rows.Where(f => f.SourcePath == entry.Input).ToList();
            Assert.That(own, Has.Count.EqualTo(entry.Facts).And.Count.GreaterThan(0), entry.Input);
            Assert.That(own.Select(f => f.DocumentSha256), Is.All.EqualTo(entry.Sha256));
        }
    }

    [Test]
    public void Run_json_records_every_run_with_what_it_added_reprocessed_failed_and_skipped()
    {
        File.Copy(Corpus.Pdf("004_6d45ed6ea08fb11e"), inputs["proposal.pdf"]);
        File.WriteAllText(inputs["broken.pdf"], "not a PDF");

        Batches.Run([inputs.Path], output.Path);
        Batches.Run([inputs.Path], output.Path);
        Batches.Run([inputs["proposal.pdf"]], output.Path, force: true);

        using var json = JsonDocument.Parse(File.ReadAllText(output["run.json"]));
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        string[] Inputs(JsonElement run, string change) => run.GetProperty(change).EnumerateArray().Select(c => Path.GetFileName(c.GetProperty("input").GetString()!)).ToArray();
        Assert.That(json.RootElement.GetProperty("schema_version").GetInt32(), Is.EqualTo(RunJson.SchemaVersion));
        Assert.That(runs, Has.Count.EqualTo(3));
        Assert.That(runs.Select(r => Inputs(r, "added")), Is.EqualTo(new[] { new[] { "proposal.pdf" }, [], [] }));
        Assert.That(runs.Select(r => Inputs(r, "reprocessed")), Is.EqualTo(new[] { [], [], new[] { "proposal.pdf" } }));
        Assert.That(runs.Select(r => Inputs(r, "failed")), Is.EqualTo(new[] { new[] { "broken.pdf" }, ["broken.pdf"], [] }));
        Assert.That(runs.Select(r => Inputs(r, "skipped")), Is.EqualTo(new[] { [], new[] { "proposal.pdf" }, [] }));
        Assert.That(runs[0].GetProperty("failed")[0].GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("NotAPdf"));
        Assert.That(runs[1].GetProperty("skipped")[0].GetProperty("reason").GetString(), Is.EqualTo(BatchPlanner.Unchanged));
        Assert.That(json.RootElement.GetProperty("store").GetProperty("documents").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Failed_csv_keeps_a_failure_across_runs_until_the_input_is_processed()
    {
        File.WriteAllText(inputs["broken.pdf"], "not a PDF");
        File.Copy(Corpus.Pdf("004_6d45ed6ea08fb11e"), inputs["proposal.pdf"]);

        Batches.Run([inputs["broken.pdf"]], output.Path);
        Batches.Run([inputs["proposal.pdf"]], output.Path);
        var stillFailed = File.ReadAllLines(output["failed.csv"]);
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), inputs["broken.pdf"], overwrite: true);
        var repaired = Batches.Run([inputs["broken.pdf"]], output.Path);

        Assert.That(stillFailed.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { inputs["broken.pdf"] }));
        Assert.That(File.ReadAllLines(output["failed.csv"]), Is.EqualTo(new[] { string.Join(',', FailedCsv.Columns) }));
        Assert.That(repaired.Store.Failed, Is.Zero);
    }

    [Test]
    public void The_report_counts_a_repeat_as_skipped_with_no_values_as_run_json_does_and_says_why()
    {
        foreach (var pdf in RepositoryPaths.CorpusPdfs())
        {
            File.Copy(pdf, inputs[Path.GetFileName(pdf)]);
        }

        File.Copy(Corpus.Pdf("003_06e0a490bd8dc3fd"), inputs["z-copy.pdf"]);

        var summary = Batches.Run([inputs.Path], output.Path);

        var html = File.ReadAllText(output["report.html"]);
        int Total(string name) => int.Parse(Regex.Match(html, $"data-total=\"{name}\"><b>(\\d+)</b>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(File.ReadAllText(output["run.json"]));
        var totals = json.RootElement.GetProperty("totals");
        Assert.That(Total("values"), Is.EqualTo(totals.GetProperty("facts").GetInt32()));
        Assert.That(Total("succeeded"), Is.EqualTo(totals.GetProperty("ok").GetInt32() + totals.GetProperty("ok_with_warnings").GetInt32()));
        Assert.That(Total("skipped"), Is.EqualTo(1));
        Assert.That(summary.Entry("z-copy.pdf").Status, Is.EqualTo(DocumentStatus.Skipped));
        Assert.That(html, Does.Contain("id=\"skipped\"").And.Contain("same content as " + inputs["003_06e0a490bd8dc3fd.pdf"]));
    }

    [Test]
    public void A_failure_found_before_processing_is_logged()
    {
        var events = new CollectedEvents();
        var log = new LoggerConfiguration().WriteTo.Sink(events).CreateLogger();

        Batches.Run([inputs["missing.pdf"]], output.Path, log: log);

        var error = events.Events.Single(e => e.Level == Serilog.Events.LogEventLevel.Error);
        Assert.That(error.Properties["Document"].ToString(), Does.Contain("missing.pdf"));
        Assert.That(error.Properties["ErrorCode"].ToString(), Does.Contain("FileNotFound"));
    }

    [Test]
    public void Cancelling_a_run_still_writes_run_json_and_the_report_and_removes_the_lock()
    {
        File.Copy(Corpus.Pdf("004_6d45ed6ea08fb11e"), inputs["proposal.pdf"]);
        using var cancellation = new CancellationTokenSource();
        var run = new BatchRun(Batches.Options().ForBatch, new Extraction.Reading.Pdf.PdfDocumentReader(), new LoggerConfiguration().CreateLogger(), observer: new CancelOnPlan(cancellation));

        Assert.That(
            async () => await run.ExecuteAsync(new BatchRequest([inputs.Path], output.Path), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());

        using var json = JsonDocument.Parse(File.ReadAllText(output["run.json"]));
        Assert.That(json.RootElement.GetProperty("cancelled").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("documents")[0].GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(BatchRun.Cancelled));
        Assert.That(File.Exists(output["report.html"]), Is.True);
        Assert.That(File.Exists(output[".lock"]), Is.False);
    }

    [Test]
    public void A_run_cancelled_before_it_planned_records_every_input_as_not_done()
    {
        File.Copy(Corpus.Pdf("004_6d45ed6ea08fb11e"), inputs["proposal.pdf"]);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var run = new BatchRun(Batches.Options().ForBatch, new Extraction.Reading.Pdf.PdfDocumentReader(), new LoggerConfiguration().CreateLogger());

        Assert.That(
            async () => await run.ExecuteAsync(new BatchRequest([inputs.Path], output.Path), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());

        using var json = JsonDocument.Parse(File.ReadAllText(output["run.json"]));
        Assert.That(json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("error").GetProperty("code").GetString()), Is.EqualTo(new[] { BatchRun.Cancelled }));
        Assert.That(File.Exists(output[".lock"]), Is.False);
    }

    private static List<Fact> FactsOf(string path)
    {
        using var reader = new StreamReader(path);
        return FactsCsvReader.Read(reader).ToList();
    }

    private sealed class CancelOnPlan(CancellationTokenSource cancellation) : IBatchObserver
    {
        public void Planned(int total, int toProcess) => cancellation.Cancel();

        public void Completed(DocumentEntry entry)
        {
        }
    }
}
