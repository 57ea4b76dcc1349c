using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline;

/// <summary>
/// A document's outcome together with what the stages saw on the way: the words and rules as read, and the layout.
/// For views that draw the pages; a run keeps only the outcome, so memory does not grow with the intermediates.
/// </summary>
/// <param name="Outcome">The extraction or the failure.</param>
/// <param name="Text">The document as read; null when reading failed.</param>
/// <param name="Layout">Lines, blocks and page furniture; null when the stage was not reached.</param>
public sealed record DocumentInspection(DocumentOutcome Outcome, DocumentText? Text, DocumentLayout? Layout);
