using Extraction.Core.Assembly;
using Extraction.Core.Batch;
using Extraction.Core.Checks;
using Extraction.Core.Columns;
using Extraction.Core.Layout;
using Extraction.Core.Numbers;
using Extraction.Core.Proposals;
using Extraction.Core.Structure;
using Extraction.Core.Tables;
using Extraction.Core.Writers;

namespace Extraction.Core.Configuration;

/// <summary>Everything pipeline.json configures: default input and output, the stages and each stage's options.</summary>
public sealed record PipelineOptions
{
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Default input: a PDF or a folder (searched recursively), relative to pipeline.json's folder.</summary>
    public string Input { get; init; } = "fixtures/corpus";

    /// <summary>Default output folder, relative to pipeline.json's folder.</summary>
    public string Output { get; init; } = "out";

    /// <summary>The stages run, in order; <c>checks</c> may be left out.</summary>
    public IReadOnlyList<string> Stages { get; init; } = PipelineStages.All;

    public LayoutOptions Layout { get; init; } = new();

    public TableOptions Tables { get; init; } = new();

    public StructureOptions Structure { get; init; } = new();

    public NumberOptions Numbers { get; init; } = new();

    public ColumnOptions Columns { get; init; } = new();

    public AssemblyOptions Assembly { get; init; } = new();

    public CheckOptions Checks { get; init; } = new();

    public ProposalOptions Proposals { get; init; } = new();

    public WriterOptions Writers { get; init; } = new();

    /// <summary>How batch runs go: parallelism, time limit, retries, the warehouse sink.</summary>
    public BatchOptions Batch { get; init; } = new();

    /// <summary>The folder relative paths in this configuration are resolved against.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    public string InputPath => Path.GetFullPath(Input, BaseDirectory);

    public string OutputPath => Path.GetFullPath(Output, BaseDirectory);

    public bool RunsChecks => Stages.Contains(PipelineStages.Checks);
}
