using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Batch.Sinks;

/// <summary>What a sink receives for one processed document: its outcome, and for a success the extraction and its facts.</summary>
/// <param name="Sha256">Content hash, the key of everything stored for the document.</param>
/// <param name="Fingerprint">What else the results depend on (see <see cref="Batch.Fingerprint"/>).</param>
/// <param name="Entry">The document's outcome in the run.</param>
/// <param name="Extraction">The extraction; null for a failure.</param>
/// <param name="Facts">The facts, as in facts.csv; empty for a failure.</param>
public sealed record DocumentRecord(string Sha256, string Fingerprint, DocumentEntry Entry, DocumentExtraction? Extraction, IReadOnlyList<Fact> Facts);
