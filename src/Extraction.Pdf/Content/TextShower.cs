using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Content;

/// <summary>Turns the strings of Tj, TJ, ' and " into positioned letters and advances the text matrix (ISO 32000-1 §9.4.4).</summary>
internal sealed class TextShower
{
    private readonly List<Letter> letters;
    private readonly PageBounds bounds;
    private readonly int maxLetters;
    private int sequence;

    public TextShower(List<Letter> letters, PageBounds bounds, int maxLetters)
    {
        this.letters = letters;
        this.bounds = bounds;
        this.maxLetters = maxLetters;
    }

    public void Show(ReadOnlySpan<byte> bytes, GraphicsState state, TextObjectState text)
    {
        if (state.Font is not { } font)
        {
            return;
        }

        var fontSize = state.FontSize;
        var scaling = state.HorizontalScaling;
        for (var offset = 0; offset < bytes.Length;)
        {
            var length = font.ReadCode(bytes, offset, out var code);
            offset += length;
            var wordSpacing = length == 1 && code == 32 ? state.WordSpacing : 0;
            double tx, ty;
            if (font.IsVertical)
            {
                tx = 0;
                ty = font.GetVerticalAdvance(code) * 0.001 * fontSize + state.CharacterSpacing + wordSpacing;
            }
            else
            {
                var glyphWidth = font.FontMatrix.ApplyVector(font.GetWidth(code), 0).X;
                tx = (glyphWidth * fontSize + state.CharacterSpacing + wordSpacing) * scaling;
                ty = 0;
            }

            if (font.GetUnicode(code) is { Length: > 0 } value)
            {
                Emit(value, state, text, font, tx, ty);
            }

            text.Advance(tx, ty);
        }
    }

    /// <summary>A TJ number: moves the next glyph back by amount/1000 of the font size.</summary>
    public static void Adjust(double amount, GraphicsState state, TextObjectState text, bool vertical)
    {
        var shift = -amount * 0.001 * state.FontSize;
        if (vertical)
        {
            text.Advance(0, shift);
        }
        else
        {
            text.Advance(shift * state.HorizontalScaling, 0);
        }
    }

    private void Emit(string value, GraphicsState state, TextObjectState text, IFont font, double tx, double ty)
    {
        var toDevice = text.Matrix.Then(state.Ctm);
        var (x, y) = toDevice.Apply(0, state.Rise);
        var (dx, dy) = toDevice.ApplyVector(tx, ty);
        if (bounds.Excludes(x, y, dx, dy) || letters.Count >= maxLetters)
        {
            return;
        }

        var fontSize = FontSizeOnPage(state, text) * font.TextSizeScale;
        var direction = Direction(toDevice, state.FontSize);
        var ascent = font.Ascent * fontSize;
        var descent = font.Descent * fontSize;
        var box = direction switch
        {
            TextDirection.LeftToRight => PdfRectangle.FromCorners(x, y - ascent, x + dx, y - descent),
            TextDirection.TopToBottom => PdfRectangle.FromCorners(x + descent, y, x + ascent, y + dy),
            TextDirection.RightToLeft => PdfRectangle.FromCorners(x + dx, y + descent, x, y + ascent),
            _ => PdfRectangle.FromCorners(x - ascent, y + dy, x - descent, y),
        };
        letters.Add(new Letter(value, box, x, y, dx, dy, direction, fontSize, font.Name, font.IsBold, font.IsItalic, state.FontKey, sequence++));
    }

    /// <summary>The length of the text space's vertical unit on the page times the font size (horizontal scaling excluded).</summary>
    private static double FontSizeOnPage(GraphicsState state, TextObjectState text)
    {
        var (x, y) = text.Matrix.Then(state.Ctm).ApplyVector(0, state.FontSize);
        return Math.Sqrt(x * x + y * y);
    }

    /// <summary>Nearest quarter turn of the glyph's axes on the page, decided by which axis pair dominates.</summary>
    private static TextDirection Direction(TransformMatrix toDevice, double fontSize)
    {
        var m11 = toDevice.A * fontSize;
        var m12 = toDevice.B * fontSize;
        var m21 = toDevice.C * fontSize;
        var m22 = toDevice.D * fontSize;
        if (Math.Abs(m11 * m22) > Math.Abs(m12 * m21))
        {
            return m11 > 0 || m22 < 0 ? TextDirection.LeftToRight : TextDirection.RightToLeft;
        }

        return m21 > 0 ? TextDirection.TopToBottom : TextDirection.BottomToTop;
    }
}
