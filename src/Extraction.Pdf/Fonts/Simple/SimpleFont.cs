using Extraction.Pdf.Core;

namespace Extraction.Pdf.Fonts.Simple;

/// <summary>A single-byte font (Type 1, MMType1, TrueType, Type 3): one byte per code, everything decided per code at load time.</summary>
internal sealed class SimpleFont : IFont
{
    private readonly string?[] unicode;
    private readonly double[] widths;
    private readonly Func<int, string?>? programUnicode;
    private readonly bool[] asked = new bool[256];

    /// <param name="unicode">Text per code; null where the font gives no way to know it.</param>
    /// <param name="widths">Advance per code in glyph space.</param>
    /// <param name="programUnicode">Text for codes <paramref name="unicode"/> leaves empty, from the embedded font program; asked once per code.</param>
    public SimpleFont(string name, string?[] unicode, double[] widths, FontStyle style, double ascent, double descent, TransformMatrix fontMatrix, double textSizeScale, Func<int, string?>? programUnicode)
    {
        Name = FontName.WithoutSubsetTag(name);
        this.unicode = unicode;
        this.widths = widths;
        IsBold = style.IsBold;
        IsItalic = style.IsItalic;
        Ascent = ascent;
        Descent = descent;
        FontMatrix = fontMatrix;
        TextSizeScale = textSizeScale;
        this.programUnicode = programUnicode;
    }

    public string Name { get; }

    public bool IsBold { get; }

    public bool IsItalic { get; }

    public bool IsVertical => false;

    public double Ascent { get; }

    public double Descent { get; }

    public TransformMatrix FontMatrix { get; }

    public double TextSizeScale { get; }

    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code)
    {
        code = bytes[offset];
        return 1;
    }

    public string? GetUnicode(int code)
    {
        code &= 0xFF;
        if (unicode[code] is null && programUnicode is not null && !asked[code])
        {
            asked[code] = true;
            unicode[code] = programUnicode(code) is { } text && text != "\0" ? text : null;
        }

        return unicode[code];
    }

    public double GetWidth(int code) => widths[code & 0xFF];

    public double GetVerticalAdvance(int code) => 0;
}
