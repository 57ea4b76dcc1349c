using Extraction.Outputs;
using Extraction.Pipeline;

namespace Extraction.Batch;

/// <summary>What a batch run is configured with: the stages' options, the output files and the batch's own settings.</summary>
public sealed record BatchSettings(PipelineOptions Pipeline, WriterOptions Writers, BatchOptions Batch);
