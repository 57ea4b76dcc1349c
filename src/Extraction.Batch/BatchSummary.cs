namespace Extraction.Batch;

/// <summary>
/// What a run did, as written to run.json: one <see cref="DocumentEntry"/> per input file in ordinal order of path,
/// the run's settings and files. Immutable, for reports built after the run.
/// </summary>
/// <param name="OtherShards">Inputs left to the other shards of a sharded run.</param>
/// <param name="PeakMemoryBytes">The process's peak working set when the run ended.</param>
public sealed record BatchSummary(
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string OutputDirectory,
    RunFiles Files,
    Shard Shard,
    int Parallelism,
    bool Forced,
    string ConfigurationFingerprint,
    int OtherShards,
    IReadOnlyList<DocumentEntry> Documents,
    long PeakMemoryBytes)
{
    /// <summary>True when the run was interrupted: inputs it did not finish are failed with <c>Cancelled</c>.</summary>
    public bool Cancelled { get; init; }

    /// <summary>What the store holds after the run: the run-level tables are rebuilt from it.</summary>
    public StoreTotals Store { get; init; } = new(0, 0, 0);

    /// <summary>Every run into the folder, this one last.</summary>
    public IReadOnlyList<RunRecord> History { get; init; } = [];

    public int Ok => Count(DocumentStatus.Ok);

    public int OkWithWarnings => Count(DocumentStatus.OkWithWarnings);

    public int Failed => Count(DocumentStatus.Failed);

    public int Skipped => Count(DocumentStatus.Skipped);

    /// <summary>Pages processed in this run (skipped documents not counted).</summary>
    public int PagesProcessed => Documents.Where(d => d.Status is DocumentStatus.Ok or DocumentStatus.OkWithWarnings).Sum(d => d.Pages);

    /// <summary>Facts of this run's inputs (a repeat of another input counts none); facts.csv holds the whole store's (<see cref="Store"/>).</summary>
    public int Facts => Documents.Sum(d => d.Facts);

    public int Warnings => Documents.Sum(d => d.Warnings);

    public int UnreadFigures => Documents.Sum(d => d.UnreadFigures);

    public double ElapsedMs => (Finished - Started).TotalMilliseconds;

    public double PagesPerSecond => ElapsedMs > 0 ? PagesProcessed / (ElapsedMs / 1000) : 0;

    private int Count(DocumentStatus status) => Documents.Count(d => d.Status == status);
}

/// <summary>The run-level files in the output folder.</summary>
public sealed record RunFiles(string Facts, string RunJson, string FailedCsv)
{
    /// <summary>The typed copy of facts.csv; null when none is written.</summary>
    public string? FactsParquet { get; init; }
}
