using Extraction.Batch;
using Extraction.Document.Numbers;
using Extraction.Outputs;
using Extraction.Pipeline.Assembly;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Confidence;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;
using Extraction.Sinks.Postgres;

namespace Extraction.Configuration;

/// <summary>pipeline.json as written: one section per stage and per part of the program, all at the top level.</summary>
internal sealed record PipelineFile
{
    public int SchemaVersion { get; init; } = 1;

    public string Input { get; init; } = "fixtures/corpus";

    public string Output { get; init; } = "out";

    public string Reader { get; init; } = ReaderNames.Extraction;

    public LayoutOptions Layout { get; init; } = new();

    public TableOptions Tables { get; init; } = new();

    public StructureOptions Structure { get; init; } = new();

    public NumberOptions Numbers { get; init; } = new();

    public ColumnOptions Columns { get; init; } = new();

    public AssemblyOptions Assembly { get; init; } = new();

    public CheckOptions Checks { get; init; } = new();

    public ProposalOptions Proposals { get; init; } = new();

    public ConfidenceOptions Confidence { get; init; } = new();

    public WriterOptions Writers { get; init; } = new();

    public BatchOptions Batch { get; init; } = new();

    public PostgresOptions Postgres { get; init; } = new();

    public ExtractionSettings ToSettings(string baseDirectory) => new()
    {
        SchemaVersion = SchemaVersion,
        Input = Input,
        Output = Output,
        Reader = Reader,
        Pipeline = new PipelineOptions
        {
            Layout = Layout,
            Tables = Tables,
            Structure = Structure,
            Numbers = Numbers,
            Columns = Columns,
            Assembly = Assembly,
            Checks = Checks,
            Proposals = Proposals,
            Confidence = Confidence,
        },
        Writers = Writers,
        Batch = Batch,
        Postgres = Postgres,
        BaseDirectory = baseDirectory,
    };
}
