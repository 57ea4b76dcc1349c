using Extraction.Batch;
using Extraction.Document;
using Extraction.Outputs;
using Extraction.Pipeline;
using Extraction.Sinks.Postgres;

namespace Extraction.Configuration;

/// <summary>Everything pipeline.json configures, split into the options of the assembly each part belongs to.</summary>
public sealed record ExtractionSettings
{
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Default input: a PDF or a folder (searched recursively), relative to <see cref="BaseDirectory"/>.</summary>
    public string Input { get; init; } = "fixtures/corpus";

    /// <summary>Default output folder, relative to <see cref="BaseDirectory"/>.</summary>
    public string Output { get; init; } = "out";

    /// <summary>The PDF reader back end, one of <see cref="ReaderNames.All"/>.</summary>
    public string Reader { get; init; } = ReaderNames.Extraction;

    /// <summary>Bounds the reader holds each document to (decoded bytes …).</summary>
    public ReaderLimitOptions ReaderLimits { get; init; } = new();

    public PipelineOptions Pipeline { get; init; } = new();

    public WriterOptions Writers { get; init; } = new();

    public BatchOptions Batch { get; init; } = new();

    public PostgresOptions Postgres { get; init; } = new();

    /// <summary>The folder relative paths in this configuration are resolved against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    public string InputPath => Path.GetFullPath(Input, BaseDirectory);

    public string OutputPath => Path.GetFullPath(Output, BaseDirectory);

    /// <summary>What a batch run needs of these settings.</summary>
    public BatchSettings ForBatch => new(Pipeline, Writers, Batch);
}
