using Extraction.Document.Numbers;
using Extraction.Pipeline.Assembly;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Confidence;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline;

/// <summary>The options of every stage, one section of pipeline.json each.</summary>
public sealed record PipelineOptions
{
    public LayoutOptions Layout { get; init; } = new();

    public TableOptions Tables { get; init; } = new();

    public StructureOptions Structure { get; init; } = new();

    public NumberOptions Numbers { get; init; } = new();

    public ColumnOptions Columns { get; init; } = new();

    public AssemblyOptions Assembly { get; init; } = new();

    public CheckOptions Checks { get; init; } = new();

    public ProposalOptions Proposals { get; init; } = new();

    public ConfidenceOptions Confidence { get; init; } = new();
}
