using Extraction.Pdf.Fonts;

namespace Extraction.Pdf.Content;

/// <summary>
/// The font letters are measured with, as last selected: its key, its size on the page, and its ascent and descent
/// (fractions of the size). Poppler measures the size when the font is selected, not per glyph; so do we.
/// </summary>
internal sealed record TextFont(IFont? Font, int Key, double Size, double Ascent, double Descent)
{
    public static readonly TextFont None = new(null, -1, 0, FontDescriptor.DefaultAscent, FontDescriptor.DefaultDescent);

    public static TextFont Measure(GraphicsState state, TextObjectState text)
    {
        // Text space's vertical unit at the font size, through the text matrix and then the CTM, in poppler's order.
        var (tx, ty) = (text.Matrix.C * state.FontSize, text.Matrix.D * state.FontSize);
        var (x, y) = state.Ctm.ApplyVector(tx, ty);
        var size = Math.Sqrt(x * x + y * y) * (state.Font?.TextSizeScale ?? 1);
        return new TextFont(
            state.Font,
            state.FontKey,
            size,
            state.Font?.Ascent ?? FontDescriptor.DefaultAscent,
            state.Font?.Descent ?? FontDescriptor.DefaultDescent);
    }
}
