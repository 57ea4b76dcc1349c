using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;

namespace Extraction.Pdf.Fonts.Composite;

/// <summary>A composite font (ISO 32000-1 §9.7): codes through an encoding CMap to CIDs, widths per CID.</summary>
internal sealed class Type0Font : IFont
{
    private static readonly TransformMatrix Thousandth = new(0.001, 0, 0, 0.001, 0, 0);

    private readonly CMap encoding;
    private readonly CMap? toUnicode;
    private readonly CidWidths widths;
    private readonly VerticalMetrics vertical;
    private readonly Func<int, string?> cidUnicode;

    /// <param name="encoding">The encoding CMap.</param>
    /// <param name="toUnicode">The ToUnicode CMap; when present it alone gives the text, as in poppler.</param>
    /// <param name="cidUnicode">Text for a CID when neither ToUnicode nor the encoding CMap tell (e.g. from the embedded font).</param>
    public Type0Font(string name, CMap encoding, CMap? toUnicode, CidWidths widths, VerticalMetrics vertical, FontStyle style, double ascent, double descent, Func<int, string?> cidUnicode)
    {
        Name = FontName.WithoutSubsetTag(name);
        this.encoding = encoding;
        IsVertical = encoding.WritingMode == 1;
        this.toUnicode = toUnicode;
        this.widths = widths;
        this.vertical = vertical;
        this.cidUnicode = cidUnicode;
        Ascent = ascent;
        Descent = descent;
        IsBold = style.IsBold;
        IsItalic = style.IsItalic;
    }

    public string Name { get; }

    public bool IsBold { get; }

    public bool IsItalic { get; }

    public bool IsVertical { get; }

    public double Ascent { get; }

    public double Descent { get; }

    public TransformMatrix FontMatrix => Thousandth;

    public double TextSizeScale => 1;

    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code) => encoding.ReadCode(bytes, offset, out code);

    public string? GetUnicode(int code)
    {
        var text = toUnicode is not null
            ? toUnicode.GetUnicode(code)
            : encoding.KnowsCodeText ? encoding.GetCodeText(code) : encoding.GetCid(code) is { } cid ? cidUnicode(cid) : null;
        return text == "\0" ? null : text;
    }

    public double GetWidth(int code) => widths.Get(encoding.GetCid(code));

    public double GetVerticalAdvance(int code) => vertical.Advance(encoding.GetCid(code));
}
