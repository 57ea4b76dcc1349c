namespace Extraction.Pdf.Fonts.Programs.Cff;

/// <summary>A CFF INDEX (Adobe technical note #5176, §5): a count, offsets and the objects' bytes.</summary>
internal static class CffIndex
{
    /// <summary>Reads the INDEX at the reader's position and leaves the reader just after it.</summary>
    public static List<ReadOnlyMemory<byte>> Read(ref BigEndianReader reader)
    {
        var count = reader.ReadUInt16();
        var items = new List<ReadOnlyMemory<byte>>(count);
        if (count == 0)
        {
            return items;
        }

        var offsetSize = reader.ReadByte();
        var offsets = new uint[count + 1];
        for (var i = 0; i <= count; i++)
        {
            offsets[i] = reader.ReadOffset(offsetSize);
        }

        // Offsets count from the byte before the data, so the first one is 1.
        var dataStart = reader.Position - 1;
        for (var i = 0; i < count; i++)
        {
            if (offsets[i] < 1 || offsets[i + 1] < offsets[i])
            {
                throw new FontFormatException("CFF INDEX offsets are not increasing.");
            }

            var item = reader.At(dataStart + offsets[i]);
            items.Add(item.ReadBytes((int)(offsets[i + 1] - offsets[i])));
        }

        reader = reader.At(dataStart + offsets[count]);
        return items;
    }
}
