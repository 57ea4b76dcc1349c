using System.Text;

namespace Extraction.Pdf.Fonts.Programs.TrueType;

/// <summary>
/// The tables of a TrueType or OpenType font program that carry text: 'cmap' (code → glyph) and 'post' (glyph
/// names), plus the 'CFF ' table of OpenType fonts with PostScript outlines. Outlines are never read.
/// </summary>
internal sealed class TrueTypeFont
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint TrueTag = 0x74727565;
    private const uint OpenTypeTag = 0x4F54544F;
    private const uint CollectionTag = 0x74746366;

    private readonly string?[] glyphNames;

    private TrueTypeFont(List<CmapSubtable> cmaps, string?[] glyphNames, ReadOnlyMemory<byte>? cff)
    {
        Cmaps = cmaps;
        this.glyphNames = glyphNames;
        Cff = cff;
    }

    public IReadOnlyList<CmapSubtable> Cmaps { get; }

    /// <summary>The 'CFF ' table of an OpenType font, when it has one.</summary>
    public ReadOnlyMemory<byte>? Cff { get; }

    public static bool LooksLikeSfnt(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4)
        {
            return false;
        }

        var tag = ((uint)data[0] << 24) | ((uint)data[1] << 16) | ((uint)data[2] << 8) | data[3];
        return tag is TrueTypeVersion or TrueTag or OpenTypeTag or CollectionTag;
    }

    /// <summary>Parses the table directory (the first font of a collection); damaged programs give <see cref="FontFormatException"/>.</summary>
    public static TrueTypeFont Parse(ReadOnlyMemory<byte> data)
    {
        var reader = new BigEndianReader(data);
        if (reader.ReadUInt32() == CollectionTag)
        {
            reader.ReadUInt32();
            if (reader.ReadUInt32() == 0)
            {
                throw new FontFormatException("Empty TrueType collection.");
            }

            reader = reader.At(reader.ReadUInt32());
            reader.ReadUInt32();
        }

        var tableCount = reader.ReadUInt16();
        reader.ReadBytes(6);
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < tableCount; i++)
        {
            var tag = Encoding.Latin1.GetString(reader.ReadBytes(4).Span);
            reader.ReadUInt32();
            var offset = reader.ReadUInt32();
            var length = reader.ReadUInt32();
            if (offset < data.Length && length <= data.Length - offset)
            {
                tables.TryAdd(tag, data.Slice((int)offset, (int)length));
            }
        }

        var cmaps = tables.TryGetValue("cmap", out var cmap) ? ReadCmaps(cmap) : [];
        var names = tables.TryGetValue("post", out var post) ? ReadGlyphNames(post) : [];
        return new TrueTypeFont(cmaps, names, tables.TryGetValue("CFF ", out var cff) ? cff : null);
    }

    public CmapSubtable? FindCmap(int platform, int encoding) => Cmaps.FirstOrDefault(c => c.Platform == platform && c.Encoding == encoding);

    /// <summary>How many glyphs the 'post' table covers (0 when it names none).</summary>
    public int NamedGlyphCount => glyphNames.Length;

    /// <summary>The glyph's name from the 'post' table, or null.</summary>
    public string? GlyphName(int glyph) => glyph >= 0 && glyph < glyphNames.Length ? glyphNames[glyph] : null;

    private static List<CmapSubtable> ReadCmaps(ReadOnlyMemory<byte> table)
    {
        var reader = new BigEndianReader(table);
        reader.ReadUInt16();
        var count = reader.ReadUInt16();
        var subtables = new List<CmapSubtable>();
        for (var i = 0; i < count; i++)
        {
            var platform = reader.ReadUInt16();
            var encoding = reader.ReadUInt16();
            var offset = reader.ReadUInt32();
            try
            {
                if (CmapSubtable.Read(reader.At(offset), platform, encoding) is { } subtable)
                {
                    subtables.Add(subtable);
                }
            }
            catch (FontFormatException)
            {
                // One damaged subtable does not spoil the others.
            }
        }

        return subtables;
    }

    /// <summary>Formats 1 (the standard Macintosh order) and 2 (indices into it or into Pascal strings) name glyphs.</summary>
    private static string?[] ReadGlyphNames(ReadOnlyMemory<byte> table)
    {
        var reader = new BigEndianReader(table);
        var format = reader.ReadUInt32();
        if (format == 0x00010000)
        {
            return Enumerable.Range(0, MacGlyphNames.Count).Select(MacGlyphNames.Get).ToArray();
        }

        if (format != 0x00020000)
        {
            return [];
        }

        reader.ReadBytes(28);
        var glyphCount = reader.ReadUInt16();
        var indices = new int[glyphCount];
        for (var i = 0; i < glyphCount; i++)
        {
            indices[i] = reader.ReadUInt16();
        }

        var extra = new List<string>();
        while (reader.Position < reader.Length)
        {
            var length = reader.ReadByte();
            if (reader.Position + length > reader.Length)
            {
                break;
            }

            extra.Add(Encoding.Latin1.GetString(reader.ReadBytes(length).Span));
        }

        var names = new string?[glyphCount];
        for (var i = 0; i < glyphCount; i++)
        {
            names[i] = indices[i] < MacGlyphNames.Count ? MacGlyphNames.Get(indices[i])
                : indices[i] - MacGlyphNames.Count < extra.Count ? extra[indices[i] - MacGlyphNames.Count] : null;
        }

        return names;
    }
}
