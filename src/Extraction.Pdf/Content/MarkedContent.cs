using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Content;

/// <summary>
/// Marked content (ISO 32000-1 §14.6) is tolerated everywhere; a /Span whose inline property list has /ActualText
/// replaces the glyphs it encloses by that text (§14.9.4), as poppler does. Only inline property lists count there.
/// </summary>
internal sealed class MarkedContent
{
    private const int MaxDepth = 4096;

    /// <summary>Open sequences, innermost on top: whether each one is a replacement span.</summary>
    private readonly Stack<bool> open = new();

    public void Begin(string op, IReadOnlyList<PdfObject> operands, IObjectResolver resolver, TextShower shower)
    {
        var replacement = op == "BDC"
            && operands.Count >= 2
            && operands[0] is PdfName { Value: "Span" }
            && operands[1] is PdfDictionary properties
            && resolver.Resolve(properties["ActualText"]) is PdfString actualText
                ? actualText.Text
                : null;
        if (replacement is not null)
        {
            shower.BeginReplacement(replacement);
        }

        if (open.Count < MaxDepth)
        {
            open.Push(replacement is not null);
        }
    }

    public void End(TextShower shower, GraphicsState state, TextObjectState text)
    {
        if (open.Count > 0 && open.Pop())
        {
            shower.EndReplacement(state, text);
        }
    }
}
