namespace Extraction.Pdf.Fonts.Programs.TrueType;

/// <summary>One 'cmap' subtable: character code → glyph index for one platform and encoding.</summary>
internal sealed class CmapSubtable
{
    /// <summary>A cmap never has more entries than the code space a PDF can address.</summary>
    private const int MaxEntries = 0x110000;

    private CmapSubtable(int platform, int encoding, Dictionary<int, int> glyphs)
    {
        Platform = platform;
        Encoding = encoding;
        Glyphs = glyphs;
    }

    public int Platform { get; }

    public int Encoding { get; }

    /// <summary>Code → glyph index; codes mapped to glyph 0 (.notdef) are left out.</summary>
    public IReadOnlyDictionary<int, int> Glyphs { get; }

    public int? GlyphFor(int code) => Glyphs.TryGetValue(code, out var glyph) ? glyph : null;

    /// <summary>Reads formats 0, 4, 6 and 12; other formats give null (the subtable is skipped).</summary>
    public static CmapSubtable? Read(BigEndianReader reader, int platform, int encoding)
    {
        var format = reader.ReadUInt16();
        var glyphs = new Dictionary<int, int>();
        switch (format)
        {
            case 0:
                reader.ReadUInt16();
                reader.ReadUInt16();
                for (var code = 0; code < 256; code++)
                {
                    Add(glyphs, code, reader.ReadByte());
                }

                break;
            case 4:
                ReadSegments(reader, glyphs);
                break;
            case 6:
                reader.ReadUInt16();
                reader.ReadUInt16();
                var firstCode = reader.ReadUInt16();
                var count = reader.ReadUInt16();
                for (var i = 0; i < count; i++)
                {
                    Add(glyphs, firstCode + i, reader.ReadUInt16());
                }

                break;
            case 12:
                ReadGroups(reader, glyphs);
                break;
            default:
                return null;
        }

        return new CmapSubtable(platform, encoding, glyphs);
    }

    /// <summary>Format 4: segments of 16-bit codes with a delta or an offset into the glyph index array.</summary>
    private static void ReadSegments(BigEndianReader reader, Dictionary<int, int> glyphs)
    {
        reader.ReadUInt16();
        reader.ReadUInt16();
        var segments = reader.ReadUInt16() / 2;
        reader.ReadBytes(6);
        var ends = new int[segments];
        var starts = new int[segments];
        var deltas = new int[segments];
        var rangeOffsets = new int[segments];
        for (var i = 0; i < segments; i++)
        {
            ends[i] = reader.ReadUInt16();
        }

        reader.ReadUInt16();
        for (var i = 0; i < segments; i++)
        {
            starts[i] = reader.ReadUInt16();
        }

        for (var i = 0; i < segments; i++)
        {
            deltas[i] = reader.ReadInt16();
        }

        var rangeOffsetsStart = reader.Position;
        for (var i = 0; i < segments; i++)
        {
            rangeOffsets[i] = reader.ReadUInt16();
        }

        for (var i = 0; i < segments; i++)
        {
            for (var code = starts[i]; code <= ends[i] && code <= 0xFFFF; code++)
            {
                int glyph;
                if (rangeOffsets[i] == 0)
                {
                    glyph = (code + deltas[i]) & 0xFFFF;
                }
                else
                {
                    // The offset counts from the range offset's own position (OpenType 'cmap' format 4).
                    var at = rangeOffsetsStart + (i * 2) + rangeOffsets[i] + ((code - starts[i]) * 2);
                    if (at + 2 > reader.Length)
                    {
                        break;
                    }

                    glyph = reader.At(at).ReadUInt16();
                    glyph = glyph == 0 ? 0 : (glyph + deltas[i]) & 0xFFFF;
                }

                Add(glyphs, code, glyph);
            }
        }
    }

    /// <summary>Format 12: groups of 32-bit codes mapped to consecutive glyphs.</summary>
    private static void ReadGroups(BigEndianReader reader, Dictionary<int, int> glyphs)
    {
        reader.ReadUInt16();
        reader.ReadUInt32();
        reader.ReadUInt32();
        var groups = reader.ReadUInt32();
        for (var i = 0; i < groups && glyphs.Count < MaxEntries; i++)
        {
            var start = reader.ReadUInt32();
            var end = reader.ReadUInt32();
            var glyph = reader.ReadUInt32();
            for (var code = start; code <= end && code < MaxEntries && glyphs.Count < MaxEntries; code++)
            {
                Add(glyphs, (int)code, (int)(glyph + (code - start)));
            }
        }
    }

    private static void Add(Dictionary<int, int> glyphs, int code, int glyph)
    {
        if (glyph != 0)
        {
            glyphs.TryAdd(code, glyph);
        }
    }
}
