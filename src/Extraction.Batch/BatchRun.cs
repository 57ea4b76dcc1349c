using System.Diagnostics;
using Extraction.Batch.Sinks;
using Extraction.Document;
using Extraction.Outputs.RunReport;
using Extraction.Outputs;
using Extraction.Pipeline;
using Serilog;

namespace Extraction.Batch;

/// <summary>
/// A batch run: resolves the inputs, plans (hash, shard, repeats, unchanged documents), processes the rest in
/// parallel, each document isolated and under a time limit, and writes the run-level files: facts.csv, facts.parquet
/// and failed.csv rebuilt from the whole store (so they do not depend on the order documents finish in, and earlier
/// runs' documents stay in them), run.json with the history of runs, and report.html. Every input gets exactly one
/// entry. A run holds a lock on its output folder. Interrupted, it still writes them all, then throws.
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
    /// <see cref="ConfigurationException"/> before any document is processed; cancellation
    /// writes the run-level files (the unfinished inputs failed as <c>Cancelled</c>), then throws
    /// <see cref="OperationCanceledException"/>.
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
        var storedBefore = store.Complete().Select(d => d.Sha256).ToHashSet(StringComparer.Ordinal);
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
        IReadOnlyList<PlannedDocument> planned;
        int otherShards;
        var cancelled = false;
        try
        {
            (planned, otherShards) = await planner.PlanAsync(inputs, shard, request.Force, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Interrupted while hashing: nothing was processed; every input is recorded as not done.
            cancelled = true;
            (planned, otherShards) = (inputs.Select(i => new PlannedDocument(i, null, null, NotDone(i, null))).ToList(), 0);
        }

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
            if (decided.Entry!.Error is { } error && error.Code != Cancelled)
            {
                log.ForContext("Document", decided.Input.FileName).Error(
                    "{Document} failed in {Stage}: {ErrorCode}: {Message}", decided.Input.FileName, error.Stage ?? "batch", error.Code, error.Message);
            }

            observer?.Completed(decided.Entry);
        }

        var worker = new DocumentWorker(pipeline, batch, store, sinks, isolation, io, journal, request.RetryCrashed, log, settings.Writers.ValueKinds);
        var processed = new Dictionary<PlannedDocument, DocumentEntry>();
        try
        {
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
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Interrupted: what is done is kept and recorded like any run, the rest is failed as Cancelled and tried again next time.
            cancelled = true;
            log.Warning("Run interrupted: {Done} of {ToProcess} documents done; the rest are recorded as {ErrorCode}", processed.Count, toProcess.Count, Cancelled);
        }

        var entries = planned.Select(p => Entry(p, processed, store)).ToList();
        foreach (var repeat in entries.Where(e => e.Reason?.StartsWith(RepeatReason, StringComparison.Ordinal) == true))
        {
            observer?.Completed(repeat);
        }

        var files = new RunFiles(Path.Combine(output, settings.Writers.FactsFile), Path.Combine(output, RunJson.FileName), Path.Combine(output, FailedCsv.FileName))
        {
            FactsParquet = Path.Combine(output, settings.Writers.ParquetFile),
        };
        using var process = Process.GetCurrentProcess();
        var finished = started + clock.Elapsed;
        var history = RunJson.ReadHistory(files.RunJson)
            .Append(RunHistory.Record(started, finished, shard, request.Force, cancelled, configuration, entries, storedBefore, 0, 0))
            .ToList();
        var storeTotals = Dataset.Rebuild(store, files, settings.Writers, history, io);
        history[^1] = history[^1] with { StoreDocuments = storeTotals.Documents, StoreFacts = storeTotals.Facts };
        var summary = new BatchSummary(
            started,
            finished,
            output,
            files,
            shard,
            batch.EffectiveParallelism,
            request.Force,
            configuration,
            otherShards,
            entries,
            process.PeakWorkingSet64)
        {
            Cancelled = cancelled,
            Store = storeTotals,
            History = history,
        };
        io.Execute(() => AtomicFile.Write(files.RunJson, stream => RunJson.Write(summary, stream)));
        io.Execute(() => RunReportWriter.Write(summary));
        await RecordRunAsync(history[^1], output).ConfigureAwait(false);
        if (isolation.Abandoned > 0)
        {
            log.Warning("{Abandoned} documents past their time limit are still running and were abandoned", isolation.Abandoned);
        }

        log.Information(
            "Run finished: {Ok} ok, {OkWithWarnings} ok with warnings, {Failed} failed, {Skipped} skipped; {FactCount} facts of {StoreDocuments} documents in {FactsPath}; {Pages} pages in {ElapsedMs:0} ms ({PagesPerSecond:0} pages/s)",
            summary.Ok,
            summary.OkWithWarnings,
            summary.Failed,
            summary.Skipped,
            storeTotals.Facts,
            storeTotals.Documents,
            files.Facts,
            summary.PagesProcessed,
            summary.ElapsedMs,
            summary.PagesPerSecond);
        if (cancelled)
        {
            throw new OperationCanceledException(cancellation);
        }

        return summary;
    }

    /// <summary>Error code of the inputs an interrupted run did not finish.</summary>
    public const string Cancelled = "Cancelled";

    internal const string RepeatReason = "same content as ";

    private static DocumentEntry Entry(PlannedDocument planned, Dictionary<PlannedDocument, DocumentEntry> processed, DocumentStore store)
    {
        if (planned.Entry is { } decided)
        {
            return decided;
        }

        if (planned.DuplicateOf is not { } primary)
        {
            return processed.TryGetValue(planned, out var entry) ? entry : NotDone(planned.Input, planned.Sha256);
        }

        var primaryEntry = primary.Entry ?? (processed.TryGetValue(primary, out var done) ? done : NotDone(primary.Input, primary.Sha256));
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

    /// <summary>Hands the run's record to each sink; a sink that cannot take it is logged and the run still stands (run.json has it).</summary>
    private async Task RecordRunAsync(RunRecord run, string output)
    {
        foreach (var sink in sinks)
        {
            try
            {
                // Not cancellable: an interrupted run is recorded too.
                await sink.RecordRunAsync(run, output, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                log.Error(ex, "Recording the run in {Sink} failed: {Message}", sink.Name, ex.Message);
            }
        }
    }

    private static DocumentEntry NotDone(BatchInput input, string? sha256) =>
        DocumentEntry.Failure(input, sha256, new DocumentError(Cancelled, "The run was interrupted before this document was done; the next run processes it."), 0);

    private static FileStream Lock(string output)
    {
        try
        {
            // Deleted when the run ends, normally or interrupted; a killed run leaves it, and the next run takes it over.
            return new FileStream(Path.Combine(output, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex)
        {
            throw new ConfigurationException("output", $"{output} is in use by another run ({ex.Message}).", ex);
        }
    }
}
