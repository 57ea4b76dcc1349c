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
    public int Ok => Count(DocumentStatus.Ok);

    public int OkWithWarnings => Count(DocumentStatus.OkWithWarnings);

    public int Failed => Count(DocumentStatus.Failed);

    public int Skipped => Count(DocumentStatus.Skipped);

    /// <summary>Pages processed in this run (skipped documents not counted).</summary>
    public int PagesProcessed => Documents.Where(d => d.Status is DocumentStatus.Ok or DocumentStatus.OkWithWarnings).Sum(d => d.Pages);

    /// <summary>Rows of this run's facts.csv.</summary>
    public int Facts => Documents.Sum(d => d.Facts);

    public int Warnings => Documents.Sum(d => d.Warnings);

    public int UnreadFigures => Documents.Sum(d => d.UnreadFigures);

    public double ElapsedMs => (Finished - Started).TotalMilliseconds;

    public double PagesPerSecond => ElapsedMs > 0 ? PagesProcessed / (ElapsedMs / 1000) : 0;

    private int Count(DocumentStatus status) => Documents.Count(d => d.Status == status);
}

/// <summary>The run-level files in the output folder.</summary>
public sealed record RunFiles(string Facts, string RunJson, string FailedCsv);
