using Extraction.Pdf.Core;

namespace Extraction.Pdf.Text;

/// <summary>
/// One glyph as displayed: its Unicode text and its box. The box spans the glyph's advance along the writing direction
/// and the font's ascent to descent across it, which is how poppler measures words, so our boxes compare with its.
/// </summary>
/// <param name="Value">Unicode text; usually one character, more for ligatures, empty when the font gives no Unicode.</param>
/// <param name="Box">Display-space box (points, origin top-left, y downward).</param>
/// <param name="OriginX">Glyph origin on the baseline, display space.</param>
/// <param name="OriginY">Glyph origin on the baseline, display space.</param>
/// <param name="AdvanceX">Displacement to the next glyph origin, display space, including character and word spacing.</param>
/// <param name="AdvanceY">Displacement to the next glyph origin, display space.</param>
/// <param name="Direction">Writing direction.</param>
/// <param name="FontSize">Font size after all transformations, in points.</param>
/// <param name="FontName">PostScript name without subset tag.</param>
/// <param name="IsBold">From the font's name or descriptor.</param>
/// <param name="IsItalic">From the font's name or descriptor.</param>
/// <param name="FontKey">Identifies the font resource within the document; words do not run across fonts.</param>
/// <param name="Sequence">Order in the page's content, so consecutive glyphs can be told from merely adjacent ones.</param>
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
    public bool IsWhitespace => Value.Length > 0 && string.IsNullOrWhiteSpace(Value);
}
