using Extraction.Batch;
using Extraction.Document;
using Extraction.Document.Numbers;
using Extraction.Outputs;
using Extraction.Pipeline.Assembly;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;
using Extraction.Sinks.Postgres;

namespace Extraction.Configuration;

/// <summary>
/// pipeline.json as written: one section per stage and per part of the program, all at the top level. Every key is
/// required: the built-in defaults give each one, so no value here can drift from pipeline.json.
/// </summary>
internal sealed record PipelineFile
{
    public required int SchemaVersion { get; init; }

    public required string Input { get; init; }

    public required string Output { get; init; }

    public required string Reader { get; init; }

    public required ReaderLimitOptions ReaderLimits { get; init; }

    public required LayoutOptions Layout { get; init; }

    public required TableOptions Tables { get; init; }

    public required StructureOptions Structure { get; init; }

    public required NumberOptions Numbers { get; init; }

    public required ColumnOptions Columns { get; init; }

    public required AssemblyOptions Assembly { get; init; }

    public required CheckOptions Checks { get; init; }

    public required ProposalOptions Proposals { get; init; }

    public required WriterOptions Writers { get; init; }

    public required BatchOptions Batch { get; init; }

    public required PostgresOptions Postgres { get; init; }

    public ExtractionSettings ToSettings(string baseDirectory) => new()
    {
        SchemaVersion = SchemaVersion,
        Input = Input,
        Output = Output,
        Reader = Reader,
        ReaderLimits = ReaderLimits,
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
        },
        Writers = Writers,
        Batch = Batch,
        Postgres = Postgres,
        BaseDirectory = baseDirectory,
    };
}
