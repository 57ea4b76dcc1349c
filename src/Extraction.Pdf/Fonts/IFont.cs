using Extraction.Pdf.Core;

namespace Extraction.Pdf.Fonts;

/// <summary>What the content interpreter needs from a font: codes from string bytes, their Unicode text and widths.</summary>
internal interface IFont
{
    /// <summary>The PostScript name without a subset prefix ("ABCDEF+").</summary>
    string Name { get; }

    bool IsBold { get; }

    bool IsItalic { get; }

    /// <summary>Vertical writing mode (Identity-V and other -V CMaps).</summary>
    bool IsVertical { get; }

    /// <summary>Ascent and descent in text space units per unit font size (e.g. 0.9 and -0.2).</summary>
    double Ascent { get; }

    double Descent { get; }

    /// <summary>Glyph space to text space; [0.001 0 0 0.001 0 0] for all but Type 3 fonts.</summary>
    TransformMatrix FontMatrix { get; }

    /// <summary>
    /// Factor from the nominal font size to the size of the glyphs as drawn: 1 except for Type 3 fonts, whose glyph
    /// procedures may draw at any scale. Boxes and spacing use the nominal size times this factor.
    /// </summary>
    double TextSizeScale { get; }

    /// <summary>Reads one character code at <paramref name="offset"/>; returns the number of bytes it used (at least 1).</summary>
    int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code);

    /// <summary>The Unicode text of a code; null when the font gives no way to know it.</summary>
    string? GetUnicode(int code);

    /// <summary>Horizontal displacement in glyph space (thousandths of an em for non-Type 3 fonts).</summary>
    double GetWidth(int code);

    /// <summary>Vertical displacement in glyph space for vertical writing (negative: downward).</summary>
    double GetVerticalAdvance(int code);
}
