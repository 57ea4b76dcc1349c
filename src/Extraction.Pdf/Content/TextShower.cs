using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Content;

/// <summary>
/// Turns the strings of Tj, TJ, ' and " into positioned letters and advances the text matrix (ISO 32000-1 §9.4.4).
/// Letter geometry follows poppler's text output: the box spans the glyph's own advance (character and word spacing
/// excluded) and the text font's ascent to descent at the font size in force when the font was last selected.
/// </summary>
internal sealed class TextShower
{
    private readonly List<Letter> letters;
    private readonly PageBounds bounds;
    private readonly int maxLetters;
    private readonly ReplacementText replacement = new();
    private TextFont textFont = TextFont.None;
    private int sequence;

    public TextShower(List<Letter> letters, PageBounds bounds, int maxLetters)
    {
        this.letters = letters;
        this.bounds = bounds;
        this.maxLetters = maxLetters;
    }

    /// <summary>
    /// Takes the graphics state's font and its size on the page as the font of the letters that follow. Called at the
    /// first string after BT, Tf, Tz or Tm, and after Q: the size is measured then, not per glyph.
    /// </summary>
    public void SelectFont(GraphicsState state, TextObjectState text) => textFont = TextFont.Measure(state, text);

    /// <summary>Strings shown while no usable font was selected: their text is lost, and the page must say so.</summary>
    public int StringsWithoutFont { get; private set; }

    public void Show(ReadOnlySpan<byte> bytes, GraphicsState state, TextObjectState text)
    {
        if (state.Font is not { } font)
        {
            StringsWithoutFont += bytes.IsEmpty ? 0 : 1;
            return;
        }

        for (var offset = 0; offset < bytes.Length;)
        {
            var length = font.ReadCode(bytes, offset, out var code);
            var isSingleSpace = length == 1 && bytes[offset] == 32;
            offset += length;
            var (tx, ty) = Displacement(font, code, isSingleSpace, state);
            if (replacement.IsOpen)
            {
                replacement.Cover(state, text, tx, ty, length);
            }
            else
            {
                // The glyph's own advance leaves out character and word spacing (word spacing by code, as poppler does).
                var spacing = state.CharacterSpacing + (code == 32 ? state.WordSpacing : 0);
                var (x, y) = text.Origin(state.Rise);
                var (dx, dy) = text.Delta(tx, ty);
                var (sx, sy) = text.Delta(spacing * state.HorizontalScaling, 0);
                Add(font.GetUnicode(code) ?? string.Empty, state, text, x, y, dx - sx, dy - sy, length);
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

    /// <summary>Marked content with /ActualText begins: its glyphs are collected and replaced by that text.</summary>
    public void BeginReplacement(string value) => replacement.Begin(value);

    /// <summary>The replaced span ends: one letter carrying the replacement text spans all the glyphs it covered.</summary>
    public void EndReplacement(GraphicsState state, TextObjectState text)
    {
        if (replacement.End() is not { } span || state.Font is null)
        {
            return;
        }

        // The span was measured in user space; it reaches the page through the CTM in force now, as in poppler.
        var (sx, sy) = text.Delta(state.CharacterSpacing * state.HorizontalScaling, 0);
        Add(span.Value, state, text, span.X, span.Y, span.Dx - sx, span.Dy - sy, span.CodeLength);
    }

    /// <summary>Text-space displacement of one glyph including character and word spacing (ISO 32000-1 §9.4.4).</summary>
    private static (double Tx, double Ty) Displacement(IFont font, int code, bool isSingleSpace, GraphicsState state)
    {
        var wordSpacing = isSingleSpace ? state.WordSpacing : 0;
        if (font.IsVertical)
        {
            return (0, font.GetVerticalAdvance(code) * 0.001 * state.FontSize + state.CharacterSpacing + wordSpacing);
        }

        var glyphWidth = font.FontMatrix.ApplyVector(font.GetWidth(code), 0).X;
        return ((glyphWidth * state.FontSize + state.CharacterSpacing + wordSpacing) * state.HorizontalScaling, 0);
    }

    /// <summary>Adds a letter with origin (ux, uy) and own advance (udx, udy) in user space.</summary>
    private void Add(string value, GraphicsState state, TextObjectState text, double ux, double uy, double udx, double udy, int codeLength)
    {
        var first = sequence;
        sequence += codeLength;
        var (x, y) = state.Ctm.Apply(ux, uy);
        var (dx, dy) = state.Ctm.ApplyVector(udx, udy);
        if (bounds.Excludes(x, y, dx, dy) || letters.Count >= maxLetters)
        {
            return;
        }

        var size = textFont.Size;
        var vertical = state.Font?.IsVertical ?? false;
        var direction = Direction(text.Matrix.Then(state.Ctm), state);
        var box = vertical
            ? VerticalBox(x, y, size, direction)
            : HorizontalBox(x, y, dx, dy, textFont.Ascent * size, textFont.Descent * size, direction);
        var font = textFont.Font ?? state.Font!;
        letters.Add(new Letter(value, box, x, y, dx, dy, direction, size, font.Name, font.IsBold, font.IsItalic, textFont.Key, first)
        {
            CodeLength = codeLength,
            IsVertical = vertical,
        });
    }

    /// <summary>
    /// Nearest quarter turn of the glyph's axes on the page, decided by which axis pair dominates; glyph space counts
    /// through the font matrix (it matters for Type 3 fonts), and vertical writing turns a quarter further.
    /// </summary>
    private static TextDirection Direction(TransformMatrix toDevice, GraphicsState state)
    {
        var m = state.Font is { } font ? font.FontMatrix.Then(toDevice) : toDevice;
        var (m11, m12, m21, m22) = (m.A * state.FontSize, m.B * state.FontSize, m.C * state.FontSize, m.D * state.FontSize);
        int rotation;
        if (Math.Abs(m11 * m22) > Math.Abs(m12 * m21))
        {
            rotation = m11 > 0 || m22 < 0 ? 0 : 2;
        }
        else
        {
            rotation = m21 > 0 ? 1 : 3;
        }

        if (state.Font?.IsVertical == true)
        {
            rotation = (rotation + 1) & 3;
        }

        return (TextDirection)rotation;
    }

    private static PdfRectangle HorizontalBox(double x, double y, double dx, double dy, double ascent, double descent, TextDirection direction)
    {
        var (low, high, onX) = direction switch
        {
            TextDirection.LeftToRight => (y - ascent, y - descent, false),
            TextDirection.TopToBottom => (x + descent, x + ascent, true),
            TextDirection.RightToLeft => (y + descent, y + ascent, false),
            _ => (x - ascent, x - descent, true),
        };
        if (low == high)
        {
            // A font without height: keep a one-point box so the glyph still has an extent.
            (low, high) = onX ? (x, x + 1) : (y, y + 1);
        }

        return onX ? PdfRectangle.FromCorners(low, y, high, y + dy) : PdfRectangle.FromCorners(x, low, x + dx, high);
    }

    /// <summary>Vertical writing: poppler ignores glyph metrics and gives each glyph a font-size square before the origin.</summary>
    private static PdfRectangle VerticalBox(double x, double y, double size, TextDirection direction) => direction switch
    {
        TextDirection.LeftToRight => new PdfRectangle(x - size, y - size, x, y),
        TextDirection.TopToBottom => new PdfRectangle(x, y - size, x + size, y),
        TextDirection.RightToLeft => new PdfRectangle(x, y, x + size, y + size),
        _ => new PdfRectangle(x - size, y, x, y + size),
    };
}
