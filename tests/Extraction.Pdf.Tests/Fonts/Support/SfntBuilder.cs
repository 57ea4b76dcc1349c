using System.Text;

namespace Extraction.Pdf.Tests.Fonts.Support;

/// <summary>Writes minimal TrueType programs: a table directory with 'cmap' subtables and a 'post' table.</summary>
internal sealed class SfntBuilder
{
    private readonly List<(ushort Platform, ushort Encoding, byte[] Subtable)> cmaps = [];
    private readonly SortedDictionary<string, byte[]> tables = new(StringComparer.Ordinal);

    /// <summary>A format 4 subtable mapping each code to its glyph.</summary>
    public SfntBuilder Format4(ushort platform, ushort encoding, IReadOnlyDictionary<int, int> glyphs)
    {
        // One segment per code keeps the writer simple; the terminating 0xFFFF segment is required.
        var codes = glyphs.Keys.Order().ToList();
        var segments = codes.Count + 1;
        var body = new List<byte>();
        Put(body, 4, 0, 0, (ushort)(segments * 2), 0, 0, 0);
        codes.ForEach(c => Put(body, (ushort)c));
        Put(body, 0xFFFF, 0);
        codes.ForEach(c => Put(body, (ushort)c));
        Put(body, 0xFFFF);
        codes.ForEach(c => Put(body, (ushort)(glyphs[c] - c)));
        Put(body, 1);
        for (var i = 0; i < segments; i++)
        {
            Put(body, 0);
        }

        var bytes = body.ToArray();
        bytes[2] = (byte)(bytes.Length >> 8);
        bytes[3] = (byte)bytes.Length;
        cmaps.Add((platform, encoding, bytes));
        return this;
    }

    /// <summary>A format 0 (byte encoding) subtable.</summary>
    public SfntBuilder Format0(ushort platform, ushort encoding, IReadOnlyDictionary<int, int> glyphs)
    {
        var body = new List<byte>();
        Put(body, 0, 262, 0);
        for (var code = 0; code < 256; code++)
        {
            body.Add((byte)glyphs.GetValueOrDefault(code));
        }

        cmaps.Add((platform, encoding, body.ToArray()));
        return this;
    }

    /// <summary>A format 2 'post' table naming glyphs; names of the standard Macintosh order are stored as indices.</summary>
    public SfntBuilder Post(params string[] names)
    {
        var body = new List<byte>();
        Put(body, 2, 0);
        body.AddRange(new byte[28]);
        Put(body, (ushort)names.Length);
        var custom = new List<string>();
        foreach (var name in names)
        {
            var standard = name switch { ".notdef" => 0, "space" => 3, "A" => 36, _ => -1 };
            if (standard >= 0)
            {
                Put(body, (ushort)standard);
            }
            else
            {
                Put(body, (ushort)(258 + custom.Count));
                custom.Add(name);
            }
        }

        foreach (var name in custom)
        {
            body.Add((byte)name.Length);
            body.AddRange(Encoding.Latin1.GetBytes(name));
        }

        tables["post"] = body.ToArray();
        return this;
    }

    public byte[] Build()
    {
        if (cmaps.Count > 0)
        {
            var cmap = new List<byte>();
            Put(cmap, 0, (ushort)cmaps.Count);
            var offset = 4 + (8 * cmaps.Count);
            foreach (var (platform, encoding, subtable) in cmaps)
            {
                Put(cmap, platform, encoding, (ushort)(offset >> 16), (ushort)offset);
                offset += subtable.Length;
            }

            cmaps.ForEach(c => cmap.AddRange(c.Subtable));
            tables["cmap"] = cmap.ToArray();
        }

        var output = new List<byte>();
        Put(output, 1, 0, (ushort)tables.Count, 0, 0, 0);
        var dataOffset = 12 + (16 * tables.Count);
        foreach (var (tag, table) in tables)
        {
            output.AddRange(Encoding.Latin1.GetBytes(tag));
            Put(output, 0, 0, (ushort)(dataOffset >> 16), (ushort)dataOffset, (ushort)(table.Length >> 16), (ushort)table.Length);
            dataOffset += table.Length;
        }

        foreach (var table in tables.Values)
        {
            output.AddRange(table);
        }

        return output.ToArray();
    }

    private static void Put(List<byte> bytes, params ushort[] values)
    {
        foreach (var value in values)
        {
            bytes.Add((byte)(value >> 8));
            bytes.Add((byte)value);
        }
    }
}
