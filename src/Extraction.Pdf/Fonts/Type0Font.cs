using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;

namespace Extraction.Pdf.Fonts;

/// <summary>A composite font (ISO 32000-1 §9.7): codes through an encoding CMap to CIDs, widths per CID.</summary>
internal sealed class Type0Font : IFont
{
    private static readonly TransformMatrix Thousandth = new(0.001, 0, 0, 0.001, 0, 0);

    private readonly CMap? encoding;
    private readonly CMap? toUnicode;
    private readonly CidWidths widths;
    private readonly Func<int, string?> fallbackUnicode;

    /// <param name="encoding">The encoding CMap; null for Identity-H/V (two-byte codes equal to CIDs).</param>
    /// <param name="fallbackUnicode">Unicode for a CID when there is no ToUnicode entry (e.g. from the embedded font's cmap).</param>
    public Type0Font(string name, CMap? encoding, bool isVertical, CMap? toUnicode, CidWidths widths, FontDescriptor descriptor, Func<int, string?> fallbackUnicode)
    {
        Name = FontName.WithoutSubsetTag(name);
        this.encoding = encoding;
        IsVertical = isVertical;
        this.toUnicode = toUnicode;
        this.widths = widths;
        this.fallbackUnicode = fallbackUnicode;
        Ascent = descriptor.Ascent;
        Descent = descriptor.Descent;
        IsBold = descriptor.IsForceBold || FontName.LooksBold(Name);
        IsItalic = descriptor.IsItalicFlag || FontName.LooksItalic(Name);
    }

    public string Name { get; }

    public bool IsBold { get; }

    public bool IsItalic { get; }

    public bool IsVertical { get; }

    public double Ascent { get; }

    public double Descent { get; }

    public TransformMatrix FontMatrix => Thousandth;

    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code)
    {
        if (encoding is not null && encoding.Codespaces.Count > 0)
        {
            return encoding.ReadCode(bytes, offset, out code);
        }

        if (offset + 1 < bytes.Length)
        {
            code = (bytes[offset] << 8) | bytes[offset + 1];
            return 2;
        }

        code = bytes[offset];
        return 1;
    }

    public string? GetUnicode(int code) => toUnicode?.GetUnicode(code) ?? fallbackUnicode(Cid(code));

    public double GetWidth(int code) => widths.Get(Cid(code));

    public double GetVerticalAdvance(int code) => -1000;

    private int Cid(int code) => encoding?.GetCid(code) ?? code;
}
