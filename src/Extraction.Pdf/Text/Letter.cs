using Extraction.Pdf.Core;

namespace Extraction.Pdf.Text;

/// <summary>
/// One glyph as displayed: its Unicode text and its box. The box spans the glyph's advance along the writing direction
/// and the font's ascent to descent across it, which is how poppler measures words, so our boxes compare with its.
/// </summary>
/// <param name="Value">Unicode text: usually one character, more for ligatures and marked-content replacement text,
/// empty when the font gives no Unicode (such glyphs still separate words by their position).</param>
/// <param name="Box">Display-space box (points, origin top-left, y downward).</param>
/// <param name="OriginX">Glyph origin on the baseline (text rise included), display space.</param>
/// <param name="OriginY">Glyph origin on the baseline (text rise included), display space.</param>
/// <param name="AdvanceX">The glyph's own displacement in display space, without character and word spacing; negative
/// when the page or text matrix mirrors the text.</param>
/// <param name="AdvanceY">The glyph's own displacement in display space, without character and word spacing.</param>
/// <param name="Direction">Writing direction, to the nearest quarter turn.</param>
/// <param name="FontSize">Font size after all transformations, in points.</param>
/// <param name="FontName">PostScript name without subset tag.</param>
/// <param name="IsBold">From the font's name or descriptor.</param>
/// <param name="IsItalic">From the font's name or descriptor.</param>
/// <param name="FontKey">Identifies the font resource within the document; words do not merge across fonts.</param>
/// <param name="Sequence">Byte position of the glyph's code in the page's shown text (all strings of the page in
/// content order); a glyph follows another directly when its Sequence is the other's Sequence plus CodeLength.</param>
public sealed record Letter(
    string Value,
    PdfRectangle Box,
    double OriginX,
    double OriginY,
    double AdvanceX,
    double AdvanceY,
    TextDirection Direction,
    double FontSize,
    string FontName,
    bool IsBold,
    bool IsItalic,
    int FontKey,
    int Sequence)
{
    /// <summary>Bytes of the character code (or of all codes a replacement text stands for).</summary>
    public int CodeLength { get; init; } = 1;

    /// <summary>Vertical writing mode: the glyph box is a font-size square below the origin.</summary>
    public bool IsVertical { get; init; }

    public bool IsWhitespace => UnicodeClasses.IsWhitespace(Value);
}
