using System.Diagnostics;
using System.Globalization;
using Extraction.Batch.Sinks;
using Extraction.Document;
using Extraction.Outputs;
using Extraction.Pipeline;
using Polly.Timeout;
using Polly;
using Serilog;

namespace Extraction.Batch;

/// <summary>
/// Processes one planned document: reads its bytes (checking they are still the bytes that were planned), runs the
/// pipeline under the time limit, writes its folder, hands it to the sinks, and logs it. Never throws for a document:
/// every failure becomes the document's entry with a typed code.
/// </summary>
internal sealed class DocumentWorker(
    DocumentPipeline pipeline,
    BatchOptions options,
    DocumentStore store,
    IReadOnlyList<IDocumentSink> sinks,
    DocumentIsolation isolation,
    ResiliencePipeline io,
    CrashJournal journal,
    bool retryCrashed,
    ILogger log,
    ValueKindOptions valueKinds)
{
    public const string Timeout = "Timeout";
    public const string ChangedDuringRun = "ChangedDuringRun";
    public const string OutputError = "OutputError";
    public const string SinkError = "SinkError";
    public const string PipelineError = "PipelineError";
    public const string Crashed = "Crashed";

    public static DocumentError TimedOut(TimeSpan limit) => new(
        Timeout,
        string.Create(CultureInfo.InvariantCulture, $"Not done within the time limit of {limit.TotalSeconds:0.###} s (batch.document_timeout_seconds); stopped."));

    public async Task<DocumentEntry> ProcessAsync(PlannedDocument planned, CancellationToken cancellation)
    {
        var sha256 = planned.Sha256!;
        if (journal.Crashed.TryGetValue(sha256, out var crash) && !retryCrashed)
        {
            log.ForContext("Document", planned.Input.FileName).Error(
                "{Document} is not processed: {ErrorCode} in {Stage} in an earlier run", planned.Input.FileName, Crashed, crash.Stage);
            return DocumentEntry.Failure(planned.Input, sha256, new DocumentError(Crashed, crash.Describe(), crash.Stage), 0);
        }

        journal.Started(sha256, planned.Input.Path, PipelineStages.Read);
        try
        {
            return await ProcessOrThrowAsync(planned, cancellation).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            // A defect met after the pipeline (building facts or JSON) fails this document, never the batch.
            log.ForContext("Document", planned.Input.FileName).Error(
                ex, "{Document} failed in {Stage}: {ErrorCode}: {Message}", planned.Input.FileName, PipelineStages.Write, PipelineError, ex.Message);
            var error = new DocumentError(PipelineError, $"{ex.GetType().Name}: {ex.Message}", PipelineStages.Write);
            return DocumentEntry.Failure(planned.Input, planned.Sha256, error, 0);
        }
        finally
        {
            journal.Finished(sha256);
        }
    }

    private async Task<DocumentEntry> ProcessOrThrowAsync(PlannedDocument planned, CancellationToken cancellation)
    {
        var input = planned.Input;
        var sha256 = planned.Sha256!;
        var documentLog = log.ForContext("Document", input.FileName).ForContext("Sha256", sha256);
        var clock = Stopwatch.StartNew();
        DocumentInspection inspection;
        try
        {
            inspection = await isolation.RunAsync(token => Run(input, sha256, token), cancellation).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            var error = TimedOut(isolation.Limit);
            inspection = new DocumentInspection(new DocumentFailed(input.Path, StageTimings.Zero, error.Code, error.Message), null, null);
        }

        var outcome = inspection.Outcome;
        var facts = Facts(planned, outcome);
        var entry = outcome switch
        {
            DocumentSucceeded => Store(planned, inspection, facts, clock, documentLog),
            DocumentFailed failed => DocumentEntry.Failure(input, sha256, new DocumentError(failed.Code, failed.Message, failed.Stage), clock.Elapsed.TotalMilliseconds),
            _ => throw new InvalidOperationException(),
        };

        var record = new DocumentRecord(
            sha256,
            planned.Fingerprint!,
            entry,
            entry.Status == DocumentStatus.Failed ? null : (outcome as DocumentSucceeded)?.Extraction,
            entry.Status == DocumentStatus.Failed ? [] : facts);
        entry = await SinkAsync(record, documentLog, cancellation).ConfigureAwait(false);
        entry = entry with { ElapsedMs = clock.Elapsed.TotalMilliseconds };
        Log(entry, outcome, documentLog);
        return entry;
    }

    private DocumentInspection Run(BatchInput input, string sha256, CancellationToken cancellation)
    {
        byte[] content;
        try
        {
            content = io.Execute(() => InputFile.Read(input.Path, options.MaxFileBytes));
        }
        catch (DocumentReadException ex)
        {
            return Failed(new DocumentFailed(input.Path, StageTimings.Zero, ex.Code.ToString(), ex.Message, PipelineStages.Read));
        }
        catch (IOException ex)
        {
            return Failed(new DocumentFailed(input.Path, StageTimings.Zero, nameof(ReadErrorCode.Unreadable), ex.Message, PipelineStages.Read));
        }

        if (InputFile.Hash(content) != sha256)
        {
            return Failed(new DocumentFailed(input.Path, StageTimings.Zero, ChangedDuringRun, "The file changed while the run was going on; run again to process it.", PipelineStages.Read));
        }

        var inspection = pipeline.Inspect(input.Path, content, input.Overrides, input.Password, cancellation, stage => journal.Reached(sha256, stage));
        journal.Reached(sha256, PipelineStages.Write);
        return inspection;
    }

    private static DocumentInspection Failed(DocumentFailed failure) => new(failure, null, null);

    private DocumentEntry Store(PlannedDocument planned, DocumentInspection inspection, IReadOnlyList<Fact> facts, Stopwatch clock, ILogger documentLog)
    {
        var sha256 = planned.Sha256!;
        try
        {
            var writing = Stopwatch.StartNew();
            var stored = io.Execute(() => store.Write(sha256, planned.Fingerprint!, inspection, facts, planned.Input));
            documentLog.Debug("{Document}: {Stage} took {ElapsedMs:0.#} ms", planned.Input.FileName, PipelineStages.Write, writing.Elapsed.TotalMilliseconds);
            return DocumentEntry.Stored(
                planned.Input, sha256, DocumentStatusNames.Parse(stored.Status), null, stored, store.RelativeFolder(sha256), clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            documentLog.Error(ex, "Writing the outputs of {Document} failed", planned.Input.FileName);
            return DocumentEntry.Failure(planned.Input, sha256, new DocumentError(OutputError, ex.Message, PipelineStages.Write), clock.Elapsed.TotalMilliseconds);
        }
    }

    private IReadOnlyList<Fact> Facts(PlannedDocument planned, DocumentOutcome outcome) =>
        outcome is DocumentSucceeded success
            ? FactBuilder.Build(success.Extraction)
                .Select(f => f.Classify(valueKinds) with { SourceUrl = planned.Input.Overrides.SourceUrl, DocumentSha256 = planned.Sha256, SourcePath = planned.Input.Path })
                .ToList()
            : [];

    private async Task<DocumentEntry> SinkAsync(DocumentRecord record, ILogger documentLog, CancellationToken cancellation)
    {
        var entry = record.Entry;
        foreach (var sink in sinks)
        {
            try
            {
                await sink.WriteAsync(record, cancellation).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                documentLog.Error(ex, "Loading {Document} into {Sink} failed: {Message}", entry.FileName, sink.Name, ex.Message);
                if (entry.Status != DocumentStatus.Failed)
                {
                    entry = entry with
                    {
                        Status = DocumentStatus.Failed,
                        Error = new DocumentError(SinkError, $"{sink.Name}: {ex.Message}", PipelineStages.Write),
                    };
                }
            }
        }

        return entry;
    }

    private static void Log(DocumentEntry entry, DocumentOutcome outcome, ILogger documentLog)
    {
        var t = outcome.Timings;
        foreach (var (stage, ms) in new[] { (PipelineStages.Read, t.Read), (PipelineStages.Layout, t.Layout), (PipelineStages.Tables, t.Tables), (PipelineStages.Structure, t.Structure), (PipelineStages.Assembly, t.Assembly), (PipelineStages.Checks, t.Checks) })
        {
            documentLog.Debug("{Document}: {Stage} took {ElapsedMs:0.#} ms", entry.FileName, stage, ms);
        }

        if (entry.Error is { } error)
        {
            documentLog.Error(
                (outcome as DocumentFailed)?.Exception,
                "{Document} failed in {Stage}: {ErrorCode}: {Message} ({ElapsedMs:0} ms)",
                entry.FileName,
                error.Stage ?? "batch",
                error.Code,
                error.Message,
                entry.ElapsedMs);
            return;
        }

        documentLog.Information(
            "{Document}: {Status}, {Pages} pages, {Tables} tables, {FactCount} facts, {Warnings} check warnings in {ElapsedMs:0} ms",
            entry.FileName,
            entry.Status.Name(),
            entry.Pages,
            entry.Tables,
            entry.Facts,
            entry.Warnings,
            entry.ElapsedMs);
        if (outcome is DocumentSucceeded success)
        {
            foreach (var warning in success.Extraction.Warnings)
            {
                documentLog.Warning("{Document}: {CheckKind} {Message}", entry.FileName, warning.Kind, warning.Message);
            }

            var unread = success.Extraction.UnreadFigures.Select(u => u.ToString()).ToList();
            if (unread.Count > 0)
            {
                documentLog.Warning(
                    "{Document}: {UnreadCount} cells of number columns are not numbers and give no fact: {UnreadFigures}",
                    entry.FileName,
                    unread.Count,
                    unread);
            }
        }
    }
}
