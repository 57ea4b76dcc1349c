using Extraction.Batch;
using Extraction.Document;
using Extraction.Outputs;
using Extraction.Pipeline;
using Extraction.Sinks.Postgres;

namespace Extraction.Configuration;

/// <summary>Everything pipeline.json configures, split into the options of the assembly each part belongs to.</summary>
public sealed record ExtractionSettings
{
    public required int SchemaVersion { get; init; }

    /// <summary>Default input: a PDF or a folder (searched recursively), relative to <see cref="BaseDirectory"/>.</summary>
    public required string Input { get; init; }

    /// <summary>Default output folder, relative to <see cref="BaseDirectory"/>.</summary>
    public required string Output { get; init; }

    /// <summary>The PDF reader back end, one of <see cref="ReaderNames.All"/>.</summary>
    public required string Reader { get; init; }

    /// <summary>Bounds the reader holds each document to (decoded bytes …).</summary>
    public required ReaderLimitOptions ReaderLimits { get; init; }

    public required PipelineOptions Pipeline { get; init; }

    public required WriterOptions Writers { get; init; }

    public required BatchOptions Batch { get; init; }

    public required PostgresOptions Postgres { get; init; }

    /// <summary>The folder relative paths in this configuration are resolved against.</summary>
    public required string BaseDirectory { get; init; }

    public string InputPath => Path.GetFullPath(Input, BaseDirectory);

    public string OutputPath => Path.GetFullPath(Output, BaseDirectory);

    /// <summary>What a batch run needs of these settings.</summary>
    public BatchSettings ForBatch => new(Pipeline, Writers, Batch);
}
