using System.Diagnostics;
using System.Text;
using Extraction.Batch.Sinks;
using Extraction.Document;
using Extraction.Outputs.RunReport;
using Extraction.Outputs;
using Extraction.Pipeline;
using Serilog;

namespace Extraction.Batch;

/// <summary>
/// A batch run: resolves the inputs, plans (hash, shard, repeats, unchanged documents), processes the rest in
/// parallel, each document isolated and under a time limit, and writes the run-level files: facts.csv assembled from
/// the per-document folders in input order (so it does not depend on the order documents finish in), failed.csv,
/// run.json and report.html. Every input gets exactly one entry. A run holds a lock on its output folder.
/// </summary>
public sealed class BatchRun
{
    private const string LockFile = ".lock";

    private readonly BatchSettings settings;
    private readonly ReaderIdentity reader;
    private readonly ILogger log;
    private readonly IReadOnlyList<IDocumentSink> sinks;
    private readonly IBatchObserver? observer;
    private readonly DocumentPipeline pipeline;

    public BatchRun(BatchSettings settings, IDocumentReader reader, ILogger log, IReadOnlyList<IDocumentSink>? sinks = null, IBatchObserver? observer = null)
    {
        this.settings = settings;
        this.reader = reader.Identity;
        this.log = log;
        this.sinks = sinks ?? [];
        this.observer = observer;
        pipeline = new DocumentPipeline(settings.Pipeline, reader);
    }

    /// <summary>
    /// Runs the batch. A manifest that cannot be used, or an output folder another run holds, throws
    /// <see cref="ConfigurationException"/> before any document is processed; cancellation throws
    /// <see cref="OperationCanceledException"/> and leaves the completed documents' folders for the next run.
    /// </summary>
    public async Task<BatchSummary> ExecuteAsync(BatchRequest request, CancellationToken cancellation = default)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var batch = settings.Batch;
        var shard = request.Shard ?? Shard.Whole;
        var inputs = InputResolver.Resolve(request.Inputs, settings.Pipeline.Structure.DocumentKinds.Select(k => k.Kind).ToList());
        var output = Path.GetFullPath(request.OutputDirectory);
        Directory.CreateDirectory(output);
        using var outputLock = Lock(output);

        var store = new DocumentStore(output, settings.Writers);
        store.DeleteLeftovers();
        AtomicFile.DeleteLeftovers(output);
        var isolation = new DocumentIsolation(TimeSpan.FromSeconds(batch.DocumentTimeoutSeconds), TimeSpan.FromSeconds(batch.StopGraceSeconds));
        using var journal = CrashJournal.Open(output);
        if (journal.Crashed.Count > 0)
        {
            log.Warning(
                "{Crashed} documents were in progress when an earlier run died; they are {Decision}",
                journal.Crashed.Count,
                request.RetryCrashed ? "processed again (--retry-crashed)" : "recorded as Crashed (--retry-crashed processes them again)");
        }

        var io = IoResilience.Create(batch, log);
        var configuration = Fingerprint.Configuration(settings, reader);

        log.Information(
            "Run started: {InputCount} inputs from {Inputs} into {Output}, {Parallelism} at a time, shard {Shard}{Force}",
            inputs.Count,
            request.Inputs,
            output,
            batch.EffectiveParallelism,
            shard.ToString(),
            request.Force ? ", forced" : string.Empty);

        var planner = new BatchPlanner(batch, store, sinks, isolation, io, configuration, log);
        var (planned, otherShards) = await planner.PlanAsync(inputs, shard, request.Force, cancellation).ConfigureAwait(false);
        var toProcess = planned.Where(p => p.ToProcess).ToList();
        log.Information(
            "Planned: {ToProcess} to process, {Unchanged} unchanged, {Repeats} repeats, {Unreadable} unreadable, {OtherShards} in other shards",
            toProcess.Count,
            planned.Count(p => p.Entry?.Status == DocumentStatus.Skipped),
            planned.Count(p => p.DuplicateOf is not null),
            planned.Count(p => p.Entry?.Status == DocumentStatus.Failed),
            otherShards);
        observer?.Planned(planned.Count, toProcess.Count);
        foreach (var decided in planned.Where(p => p.Entry is not null))
        {
            observer?.Completed(decided.Entry!);
        }

        var worker = new DocumentWorker(pipeline, batch, store, sinks, isolation, io, journal, request.RetryCrashed, log);
        var processed = new Dictionary<PlannedDocument, DocumentEntry>();
        await Parallel.ForEachAsync(
            toProcess,
            new ParallelOptions { MaxDegreeOfParallelism = batch.EffectiveParallelism, CancellationToken = cancellation },
            async (document, token) =>
            {
                var entry = await worker.ProcessAsync(document, token).ConfigureAwait(false);
                lock (processed)
                {
                    processed[document] = entry;
                }

                observer?.Completed(entry);
            }).ConfigureAwait(false);

        var entries = planned.Select(p => Entry(p, processed, store)).ToList();
        foreach (var repeat in entries.Where(e => e.Reason?.StartsWith(RepeatReason, StringComparison.Ordinal) == true))
        {
            observer?.Completed(repeat);
        }

        var files = new RunFiles(Path.Combine(output, settings.Writers.FactsFile), Path.Combine(output, RunJson.FileName), Path.Combine(output, FailedCsv.FileName));
        io.Execute(() => WriteFacts(files.Facts, planned, entries, store));
        io.Execute(() => AtomicFile.Write(files.FailedCsv, stream => FailedCsv.Write(entries, stream)));
        using var process = Process.GetCurrentProcess();
        var summary = new BatchSummary(
            started,
            started + clock.Elapsed,
            output,
            files,
            shard,
            batch.EffectiveParallelism,
            request.Force,
            configuration,
            otherShards,
            entries,
            process.PeakWorkingSet64);
        io.Execute(() => AtomicFile.Write(files.RunJson, stream => RunJson.Write(summary, stream)));
        io.Execute(() => RunReportWriter.Write(summary));
        if (isolation.Abandoned > 0)
        {
            log.Warning("{Abandoned} documents past their time limit are still running and were abandoned", isolation.Abandoned);
        }

        log.Information(
            "Run finished: {Ok} ok, {OkWithWarnings} ok with warnings, {Failed} failed, {Skipped} skipped; {FactCount} facts in {FactsPath}; {Pages} pages in {ElapsedMs:0} ms ({PagesPerSecond:0} pages/s)",
            summary.Ok,
            summary.OkWithWarnings,
            summary.Failed,
            summary.Skipped,
            summary.Facts,
            files.Facts,
            summary.PagesProcessed,
            summary.ElapsedMs,
            summary.PagesPerSecond);
        return summary;
    }

    private const string RepeatReason = "same content as ";

    private static DocumentEntry Entry(PlannedDocument planned, Dictionary<PlannedDocument, DocumentEntry> processed, DocumentStore store)
    {
        if (planned.Entry is { } decided)
        {
            return decided;
        }

        if (planned.DuplicateOf is not { } primary)
        {
            return processed[planned];
        }

        var primaryEntry = primary.Entry ?? processed[primary];
        var complete = primaryEntry.Status != DocumentStatus.Failed;
        return new DocumentEntry(
            planned.Input.Path,
            planned.Sha256,
            DocumentStatus.Skipped,
            RepeatReason + primary.Input.Path,
            null,
            complete ? store.RelativeFolder(planned.Sha256!) : null,
            [],
            0,
            0,
            0,
            0,
            0,
            0,
            planned.Input.Manifest,
            planned.Input.Overrides);
    }

    /// <summary>facts.csv: the header, then each document's stored rows in input order; repeats and failures add none.</summary>
    private void WriteFacts(string path, IReadOnlyList<PlannedDocument> planned, IReadOnlyList<DocumentEntry> entries, DocumentStore store) =>
        AtomicFile.Write(path, stream =>
        {
            using (var header = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
            {
                FactsCsvWriter.Write([], header);
            }

            for (var i = 0; i < planned.Count; i++)
            {
                if (planned[i].DuplicateOf is null && entries[i].Status is DocumentStatus.Ok or DocumentStatus.OkWithWarnings or DocumentStatus.Skipped)
                {
                    store.CopyFactRows(entries[i].Sha256!, stream);
                }
            }
        });

    private static FileStream Lock(string output)
    {
        try
        {
            return new FileStream(Path.Combine(output, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new ConfigurationException("output", $"{output} is in use by another run ({ex.Message}).", ex);
        }
    }
}
