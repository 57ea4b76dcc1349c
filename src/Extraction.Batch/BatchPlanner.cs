using System.Diagnostics;
using Extraction.Batch.Sinks;
using Extraction.Document;
using Extraction.Pipeline;
using Polly.Timeout;
using Polly;
using Serilog;

namespace Extraction.Batch;

/// <summary>
/// Decides what a run does with each input before any document is processed: hashes every file (in parallel, each
/// under the document time limit), keeps the inputs of this shard, marks repeats of the same content, and skips
/// documents whose outputs are complete from an earlier run with the same fingerprint (and, with a warehouse sink,
/// already loaded there).
/// </summary>
internal sealed class BatchPlanner(
    BatchOptions options,
    DocumentStore store,
    IReadOnlyList<IDocumentSink> sinks,
    DocumentIsolation isolation,
    ResiliencePipeline io,
    string configuration,
    ILogger log)
{
    public const string Unchanged = "unchanged since the last run";

    public async Task<(IReadOnlyList<PlannedDocument> Documents, int OtherShards)> PlanAsync(
        IReadOnlyList<BatchInput> inputs, Shard shard, bool force, CancellationToken cancellation)
    {
        var hashes = new (string? Sha256, DocumentError? Error, double ElapsedMs)[inputs.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, inputs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveParallelism, CancellationToken = cancellation },
            async (i, token) => hashes[i] = await HashAsync(inputs[i], token).ConfigureAwait(false)).ConfigureAwait(false);

        // An input that cannot be read has no content hash; its path decides its shard instead.
        var mine = Enumerable.Range(0, inputs.Count).Where(i => shard.Contains(hashes[i].Sha256 ?? Fingerprint.Hash(inputs[i].Path))).ToList();
        var loaded = await LoadedAsync(mine.Select(i => hashes[i].Sha256).OfType<string>().Distinct().ToList(), cancellation).ConfigureAwait(false);

        var planned = new List<PlannedDocument>(mine.Count);
        var primaries = new Dictionary<string, PlannedDocument>(StringComparer.Ordinal);
        foreach (var i in mine)
        {
            var (sha256, error, elapsed) = hashes[i];
            var input = inputs[i];
            if (sha256 is null)
            {
                planned.Add(new PlannedDocument(input, null, null, DocumentEntry.Failure(input, null, error!, elapsed)));
            }
            else if (primaries.TryGetValue(sha256, out var primary))
            {
                planned.Add(new PlannedDocument(input, sha256, primary.Fingerprint, null, primary));
            }
            else
            {
                var fingerprint = Fingerprint.Document(configuration, input.FileName, input.Overrides);
                var stored = force ? null : store.Find(sha256, fingerprint);
                var inSinks = loaded.All(l => l.TryGetValue(sha256, out var f) && f == fingerprint);
                var document = stored is not null && inSinks
                    ? new PlannedDocument(input, sha256, fingerprint, Skipped(input, sha256, stored))
                    : new PlannedDocument(input, sha256, fingerprint, null);
                primaries[sha256] = document;
                planned.Add(document);
            }
        }

        return (planned, inputs.Count - mine.Count);
    }

    private DocumentEntry Skipped(BatchInput input, string sha256, StoredDocument stored) =>
        DocumentEntry.Stored(input, sha256, DocumentStatus.Skipped, Unchanged, stored, store.RelativeFolder(sha256), 0);

    private async Task<(string?, DocumentError?, double)> HashAsync(BatchInput input, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var sha256 = await isolation.RunAsync(_ => io.Execute(() => InputFile.Hash(input.Path, options.MaxFileBytes)), cancellation).ConfigureAwait(false);
            return (sha256, null, clock.Elapsed.TotalMilliseconds);
        }
        catch (DocumentReadException ex)
        {
            return (null, new DocumentError(ex.Code.ToString(), ex.Message, PipelineStages.Read), clock.Elapsed.TotalMilliseconds);
        }
        catch (TimeoutRejectedException)
        {
            return (null, DocumentWorker.TimedOut(isolation.Limit), clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            log.ForContext("Document", input.FileName).Error(ex, "Reading {Document} failed: {Message}", input.FileName, ex.Message);
            return (null, new DocumentError(nameof(ReadErrorCode.Unreadable), ex.Message, PipelineStages.Read), clock.Elapsed.TotalMilliseconds);
        }
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> LoadedAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellation)
    {
        var loaded = new List<IReadOnlyDictionary<string, string>>();
        foreach (var sink in sinks)
        {
            loaded.Add(await sink.FingerprintsAsync(sha256s, cancellation).ConfigureAwait(false));
        }

        return loaded;
    }
}
