namespace Extraction.Pdf.Tests.Fonts.Support;

/// <summary>
/// Writes minimal CFF programs (Adobe technical note #5176): one font, a charset in format 0, an optional custom
/// encoding in format 0, and one-byte charstrings. Enough to exercise every table the reader looks at.
/// </summary>
internal sealed class CffBuilder
{
    private readonly List<ushort> charset = [];
    private readonly List<string> strings = [];
    private readonly List<(byte Code, byte Glyph)> encoding = [];
    private bool cidKeyed;

    /// <summary>Adds a glyph (after .notdef) by standard-string SID, or by CID in a CID-keyed font.</summary>
    public CffBuilder Glyph(ushort sidOrCid)
    {
        charset.Add(sidOrCid);
        return this;
    }

    /// <summary>Adds a glyph with a custom name, stored in the String INDEX.</summary>
    public CffBuilder Glyph(string name)
    {
        strings.Add(name);
        charset.Add((ushort)(390 + strings.Count));
        return this;
    }

    /// <summary>Encodes glyph index <paramref name="glyph"/> at <paramref name="code"/> in a custom encoding.</summary>
    public CffBuilder Encode(byte code, byte glyph)
    {
        encoding.Add((code, glyph));
        return this;
    }

    public CffBuilder CidKeyed()
    {
        cidKeyed = true;
        return this;
    }

    public byte[] Build()
    {
        var glyphCount = charset.Count + 1;
        var stringIndex = Index(strings.Concat(cidKeyed ? ["Adobe", "Identity"] : System.Array.Empty<string>()).Select(s => System.Text.Encoding.Latin1.GetBytes(s)).ToList());
        var nameIndex = Index([System.Text.Encoding.Latin1.GetBytes("Test")]);

        // Offsets are written as five-byte integers, so the Top DICT's size does not depend on their values.
        var topDictSize = (5 + 1) * 3 + (cidKeyed ? 5 * 3 + 2 : 0);
        var topIndexSize = 2 + 1 + 4 + topDictSize;
        var charsetOffset = 4 + nameIndex.Length + topIndexSize + stringIndex.Length + 2;
        var charsetBytes = new List<byte> { 0 };
        foreach (var sid in charset)
        {
            charsetBytes.Add((byte)(sid >> 8));
            charsetBytes.Add((byte)sid);
        }

        var encodingOffset = charsetOffset + charsetBytes.Count;
        var encodingBytes = new List<byte>();
        if (encoding.Count > 0)
        {
            // Format 0 lists codes for glyphs 1, 2, …; the builder's pairs are sorted by glyph for that.
            encodingBytes.Add(0);
            encodingBytes.Add((byte)encoding.Count);
            encodingBytes.AddRange(encoding.OrderBy(e => e.Glyph).Select(e => e.Code));
        }

        var charStringsOffset = encodingOffset + encodingBytes.Count;
        var top = new List<byte>();
        if (cidKeyed)
        {
            top.AddRange(Int(391 + strings.Count));
            top.AddRange(Int(392 + strings.Count));
            top.AddRange(Int(0));
            top.AddRange([12, 30]);
        }

        top.AddRange(Int(charsetOffset));
        top.Add(15);
        top.AddRange(Int(encoding.Count > 0 ? encodingOffset : 0));
        top.Add(16);
        top.AddRange(Int(charStringsOffset));
        top.Add(17);
        var charStrings = Index(Enumerable.Range(0, glyphCount).Select(_ => new byte[] { 14 }).ToList());
        return [1, 0, 4, 1, .. nameIndex, .. Index([top.ToArray()]), .. stringIndex, 0, 0, .. charsetBytes, .. encodingBytes, .. charStrings];
    }

    private static byte[] Int(int value) => [29, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    /// <summary>An INDEX with two-byte offsets.</summary>
    private static byte[] Index(List<byte[]> items)
    {
        if (items.Count == 0)
        {
            return [0, 0];
        }

        var bytes = new List<byte> { (byte)(items.Count >> 8), (byte)items.Count, 2 };
        var offset = 1;
        foreach (var item in items.Prepend([]))
        {
            offset += item.Length;
            bytes.Add((byte)(offset >> 8));
            bytes.Add((byte)offset);
        }

        foreach (var item in items)
        {
            bytes.AddRange(item);
        }

        return bytes.ToArray();
    }
}
