namespace Extraction.Pdf.Content;

/// <summary>
/// A marked-content span with /ActualText (ISO 32000-1 §14.9.4): while open, the glyphs shown are only measured;
/// when it closes, the replacement text takes their place, spanning from the first glyph's origin to the last one's end.
/// Positions are in user space, as the span may outlive the text object it began in.
/// </summary>
internal sealed class ReplacementText
{
    private string? value;
    private double x0, y0, x1, y1;
    private int codeLength;

    public bool IsOpen => value is not null;

    public void Begin(string text)
    {
        value = text;
        codeLength = 0;
    }

    /// <summary>Records a glyph at the current text position with text-space displacement (tx, ty).</summary>
    public void Cover(GraphicsState state, TextObjectState text, double tx, double ty, int length)
    {
        var (x, y) = text.Origin(state.Rise);
        var (dx, dy) = text.Delta(tx, ty);
        if (codeLength == 0)
        {
            (x0, y0) = (x, y);
        }

        (x1, y1) = (x + dx, y + dy);
        codeLength += length;
    }

    /// <summary>Closes the span; null when it covered no glyph.</summary>
    public ReplacedSpan? End()
    {
        var span = value is not null && codeLength > 0 ? new ReplacedSpan(value, x0, y0, x1 - x0, y1 - y0, codeLength) : null;
        value = null;
        codeLength = 0;
        return span;
    }
}

/// <summary>The glyphs a replacement text stands for: user-space start and extent, and the bytes of their codes.</summary>
internal sealed record ReplacedSpan(string Value, double X, double Y, double Dx, double Dy, int CodeLength);
