using Extraction.Pipeline.Model;

namespace Extraction.Pipeline;

/// <summary>What became of one document: an extraction or a typed failure. Never an exception across the boundary.</summary>
public abstract record DocumentOutcome(string SourcePath, StageTimings Timings);

/// <summary>The document was read; <see cref="Extraction"/> may carry check warnings.</summary>
public sealed record DocumentSucceeded(string SourcePath, StageTimings Timings, DocumentExtraction Extraction)
    : DocumentOutcome(SourcePath, Timings);

/// <summary>
/// The document could not be processed; <see cref="Code"/> is stable (a reader error code, or <c>PipelineError</c>).
/// <see cref="Stage"/> names the stage that failed (a <see cref="Configuration.PipelineStages"/> name), when one did.
/// </summary>
public sealed record DocumentFailed(string SourcePath, StageTimings Timings, string Code, string Message, string? Stage = null)
    : DocumentOutcome(SourcePath, Timings)
{
    /// <summary>The unexpected exception behind a <c>PipelineError</c>, kept for the log: a bug report needs its stack trace.</summary>
    public Exception? Exception { get; init; }
}
