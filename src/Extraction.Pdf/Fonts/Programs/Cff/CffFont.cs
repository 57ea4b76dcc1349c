using Extraction.Pdf.Fonts.Encodings;

namespace Extraction.Pdf.Fonts.Programs.Cff;

/// <summary>
/// The parts of a CFF font program (Adobe technical note #5176) that carry text: the charset (glyph → name, or
/// glyph → CID in CID-keyed fonts) and the built-in encoding (code → glyph). Outlines are never read.
/// </summary>
internal sealed class CffFont
{
    private const int MaxGlyphs = 65536;

    private readonly int[] charset;
    private readonly List<string> strings;
    private Dictionary<int, int>? glyphByCid;

    private CffFont(bool isCidKeyed, int[] charset, List<string> strings, string?[]? encoding)
    {
        IsCidKeyed = isCidKeyed;
        this.charset = charset;
        this.strings = strings;
        Encoding = encoding;
    }

    /// <summary>A CID-keyed font (ROS in the Top DICT): its charset maps glyphs to CIDs and there are no glyph names.</summary>
    public bool IsCidKeyed { get; }

    public int GlyphCount => charset.Length;

    /// <summary>Glyph name per code from the font's own encoding; null for CID-keyed fonts.</summary>
    public string?[]? Encoding { get; }

    /// <summary>Parses the first font of a CFF program; damaged programs give <see cref="FontFormatException"/>.</summary>
    public static CffFont Parse(ReadOnlyMemory<byte> data)
    {
        var reader = new BigEndianReader(data);
        var major = reader.ReadByte();
        reader.ReadByte();
        var headerSize = reader.ReadByte();
        if (major != 1 || headerSize < 4)
        {
            throw new FontFormatException($"Not a CFF program (version {major}, header size {headerSize}).");
        }

        reader = reader.At(headerSize);
        CffIndex.Read(ref reader);
        var topDicts = CffIndex.Read(ref reader);
        var strings = CffIndex.Read(ref reader).Select(s => System.Text.Encoding.Latin1.GetString(s.Span)).ToList();
        if (topDicts.Count == 0)
        {
            throw new FontFormatException("CFF program without a Top DICT.");
        }

        var top = CffDict.Parse(topDicts[0]);
        var charStringsOffset = top.GetInt(CffDict.CharStrings) ?? throw new FontFormatException("CFF Top DICT without CharStrings.");
        var charStringsReader = reader.At(charStringsOffset);
        var glyphCount = Math.Min((int)charStringsReader.ReadUInt16(), MaxGlyphs);
        var isCidKeyed = top.Contains(CffDict.RegistryOrderingSupplement);
        var charset = ReadCharset(reader, top.GetInt(CffDict.Charset) ?? 0, glyphCount, isCidKeyed);
        var font = new CffFont(isCidKeyed, charset, strings, null);
        if (isCidKeyed)
        {
            return font;
        }

        var encoding = ReadEncoding(reader, top.GetInt(CffDict.Encoding) ?? 0, font);
        return new CffFont(false, charset, strings, encoding);
    }

    /// <summary>The glyph's name (name-keyed fonts) or null.</summary>
    public string? GlyphName(int glyph) => IsCidKeyed || glyph < 0 || glyph >= charset.Length ? null : StringFor(charset[glyph]);

    /// <summary>The glyph that draws a CID in a CID-keyed font; in a name-keyed font CIDs are glyph indices.</summary>
    public int? GlyphForCid(int cid)
    {
        if (!IsCidKeyed)
        {
            return cid >= 0 && cid < charset.Length ? cid : null;
        }

        glyphByCid ??= Enumerable.Range(0, charset.Length).GroupBy(g => charset[g]).ToDictionary(g => g.Key, g => g.First());
        return glyphByCid.TryGetValue(cid, out var glyph) ? glyph : null;
    }

    private string? StringFor(int sid) =>
        sid < CffStandardStrings.Count ? CffStandardStrings.Get(sid) : sid - CffStandardStrings.Count < strings.Count ? strings[sid - CffStandardStrings.Count] : null;

    /// <summary>Glyph → SID (or CID). Offsets 0–2 name the predefined charsets; only ISOAdobe (SID = glyph index) is common.</summary>
    private static int[] ReadCharset(BigEndianReader data, int offset, int glyphCount, bool isCidKeyed)
    {
        var charset = new int[glyphCount];
        if (offset <= 2)
        {
            for (var glyph = 0; glyph < glyphCount; glyph++)
            {
                charset[glyph] = offset == 0 || isCidKeyed ? glyph : 0;
            }

            return charset;
        }

        var reader = data.At(offset);
        var format = reader.ReadByte();
        var next = 1;
        while (next < glyphCount)
        {
            switch (format)
            {
                case 0:
                    charset[next++] = reader.ReadUInt16();
                    break;
                case 1 or 2:
                    var first = reader.ReadUInt16();
                    var left = format == 1 ? reader.ReadByte() : reader.ReadUInt16();
                    for (var i = 0; i <= left && next < glyphCount; i++)
                    {
                        charset[next++] = first + i;
                    }

                    break;
                default:
                    throw new FontFormatException($"Unknown CFF charset format {format}.");
            }
        }

        return charset;
    }

    /// <summary>Code → glyph name. Offset 0 is StandardEncoding; 1 (Expert) is left empty; others are custom tables.</summary>
    private static string?[]? ReadEncoding(BigEndianReader data, int offset, CffFont font)
    {
        if (offset == 0)
        {
            return (string?[])StandardEncoding.Names.Clone();
        }

        if (offset == 1)
        {
            return null;
        }

        var names = new string?[256];
        var reader = data.At(offset);
        var format = reader.ReadByte();
        var glyph = 1;
        switch (format & 0x7F)
        {
            case 0:
                var codes = reader.ReadByte();
                for (var i = 0; i < codes; i++)
                {
                    names[reader.ReadByte()] = font.GlyphName(glyph++);
                }

                break;
            case 1:
                var ranges = reader.ReadByte();
                for (var i = 0; i < ranges; i++)
                {
                    int first = reader.ReadByte();
                    int left = reader.ReadByte();
                    for (var code = first; code <= first + left && code < 256; code++)
                    {
                        names[code] = font.GlyphName(glyph++);
                    }
                }

                break;
            default:
                throw new FontFormatException($"Unknown CFF encoding format {format}.");
        }

        if ((format & 0x80) != 0)
        {
            var supplements = reader.ReadByte();
            for (var i = 0; i < supplements; i++)
            {
                var code = reader.ReadByte();
                names[code] = font.StringFor(reader.ReadUInt16());
            }
        }

        return names;
    }
}
