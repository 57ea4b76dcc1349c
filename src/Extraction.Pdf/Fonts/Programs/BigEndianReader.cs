namespace Extraction.Pdf.Fonts.Programs;

/// <summary>Bounds-checked big-endian reads over a font program; running past the end is a <see cref="FontFormatException"/>.</summary>
internal struct BigEndianReader
{
    private readonly ReadOnlyMemory<byte> data;

    public BigEndianReader(ReadOnlyMemory<byte> data, int position = 0)
    {
        this.data = data;
        Position = position;
    }

    public int Position { get; set; }

    public readonly int Length => data.Length;

    public byte ReadByte()
    {
        Require(1);
        return data.Span[Position++];
    }

    public ushort ReadUInt16()
    {
        Require(2);
        var span = data.Span;
        var value = (ushort)((span[Position] << 8) | span[Position + 1]);
        Position += 2;
        return value;
    }

    public short ReadInt16() => unchecked((short)ReadUInt16());

    public uint ReadUInt32()
    {
        Require(4);
        var span = data.Span;
        var value = ((uint)span[Position] << 24) | ((uint)span[Position + 1] << 16) | ((uint)span[Position + 2] << 8) | span[Position + 3];
        Position += 4;
        return value;
    }

    /// <summary>An unsigned integer of 1 to 4 bytes (CFF offsets).</summary>
    public uint ReadOffset(int size)
    {
        if (size is < 1 or > 4)
        {
            throw new FontFormatException($"Offset size {size} is invalid.");
        }

        uint value = 0;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | ReadByte();
        }

        return value;
    }

    public ReadOnlyMemory<byte> ReadBytes(int count)
    {
        Require(count);
        var slice = data.Slice(Position, count);
        Position += count;
        return slice;
    }

    public readonly BigEndianReader At(long position)
    {
        if (position < 0 || position > data.Length)
        {
            throw new FontFormatException($"Offset {position} lies outside the font program ({data.Length} bytes).");
        }

        return new BigEndianReader(data, (int)position);
    }

    private readonly void Require(int count)
    {
        if (count < 0 || Position < 0 || Position > data.Length - count)
        {
            throw new FontFormatException($"Read of {count} bytes at {Position} runs past the end ({data.Length} bytes).");
        }
    }
}
