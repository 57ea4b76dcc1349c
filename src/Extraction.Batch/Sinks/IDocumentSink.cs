namespace Extraction.Batch.Sinks;

/// <summary>
/// A destination for each document's results besides the output folder (a warehouse). The batch prepares every sink
/// before any document is processed, asks which documents it already holds, and hands it each document it processed.
/// Writes for different documents may come from several threads at once; a document is written at most once per run.
/// </summary>
public interface IDocumentSink : IAsyncDisposable
{
    /// <summary>Short name for logs and errors (<c>postgres</c>).</summary>
    string Name { get; }

    /// <summary>Connects and creates what the sink needs (idempotently). Failing here stops the run before it starts.</summary>
    Task PrepareAsync(CancellationToken cancellation);

    /// <summary>The fingerprints of the documents (by SHA-256) that the sink already holds from earlier runs.</summary>
    Task<IReadOnlyDictionary<string, string>> FingerprintsAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellation);

    /// <summary>Stores one document, replacing whatever the sink held for the same SHA-256.</summary>
    Task WriteAsync(DocumentRecord record, CancellationToken cancellation);

    /// <summary>Records a finished (or interrupted) run of the folder <paramref name="output"/>, as run.json's history does.</summary>
    Task RecordRunAsync(RunRecord run, string output, CancellationToken cancellation) => Task.CompletedTask;
}
