using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;

namespace Extraction.Pdf.Fonts;

/// <summary>A single-byte font (Type 1, TrueType, Type 3, MMType1): one byte per code, widths from /Widths.</summary>
internal sealed class SimpleFont : IFont
{
    private readonly string?[] glyphNames;
    private readonly CMap? toUnicode;
    private readonly Func<int, double?> widths;

    /// <param name="glyphNames">Glyph name per code after the base encoding and /Differences; null entries are unknown.</param>
    /// <param name="widths">Width of a code in glyph space, or null when the font does not say.</param>
    public SimpleFont(string name, string?[] glyphNames, CMap? toUnicode, Func<int, double?> widths, FontDescriptor descriptor, TransformMatrix fontMatrix)
    {
        Name = FontName.WithoutSubsetTag(name);
        this.glyphNames = glyphNames;
        this.toUnicode = toUnicode;
        this.widths = widths;
        MissingWidth = descriptor.MissingWidth;
        Ascent = descriptor.Ascent;
        Descent = descriptor.Descent;
        FontMatrix = fontMatrix;
        IsBold = descriptor.IsForceBold || FontName.LooksBold(Name);
        IsItalic = descriptor.IsItalicFlag || FontName.LooksItalic(Name);
    }

    public string Name { get; }

    public bool IsBold { get; }

    public bool IsItalic { get; }

    public bool IsVertical => false;

    public double Ascent { get; }

    public double Descent { get; }

    public TransformMatrix FontMatrix { get; }

    private double MissingWidth { get; }

    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code)
    {
        code = bytes[offset];
        return 1;
    }

    public string? GetUnicode(int code)
    {
        if (toUnicode?.GetUnicode(code) is { } mapped)
        {
            return mapped;
        }

        return glyphNames[code & 0xFF] is { } glyph ? GlyphList.ToUnicode(glyph) : null;
    }

    public double GetWidth(int code) => widths(code) ?? MissingWidth;

    public double GetVerticalAdvance(int code) => 0;
}
