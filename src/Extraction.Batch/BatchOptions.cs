namespace Extraction.Batch;

/// <summary>How a batch runs (pipeline.json <c>batch</c>); the command line overrides each of these.</summary>
public sealed record BatchOptions
{
    /// <summary>Documents processed at once; 0 means one per processor core.</summary>
    public int Parallelism { get; init; }

    /// <summary>Time limit for one document, from reading its bytes to its outputs being written.</summary>
    public double DocumentTimeoutSeconds { get; init; } = 300;

    /// <summary>
    /// How long a document past its time limit may take to stop once cancelled before its thread is left running
    /// (the reader checks for cancellation in its inner loops, so this is rarely reached).
    /// </summary>
    public double StopGraceSeconds { get; init; } = 10;

    /// <summary>Files larger than this are not read (<c>LimitExceeded</c>).</summary>
    public long MaxFileBytes { get; init; } = int.MaxValue;

    /// <summary>Retries of a transient I/O error on reading an input or writing an output (0 = none).</summary>
    public int IoRetries { get; init; } = 3;

    /// <summary>Delay before the first retry; it doubles with each further one.</summary>
    public double IoRetryDelayMs { get; init; } = 200;

    /// <summary>Interval of the plain progress lines logged when the output is not a terminal.</summary>
    public double ProgressIntervalSeconds { get; init; } = 10;

    /// <summary>The effective degree of parallelism.</summary>
    public int EffectiveParallelism => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
