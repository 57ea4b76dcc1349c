using Extraction.Pdf.Core;

namespace Extraction.Pdf.Filters;

/// <summary>
/// A growable byte buffer for decoder output that refuses to grow beyond the decoded-size limit, so a small hostile
/// stream cannot expand into gigabytes.
/// </summary>
internal sealed class DecodedOutput
{
    private readonly int limit;
    private byte[] buffer;

    public DecodedOutput(int expected, int limit)
    {
        this.limit = limit;
        buffer = new byte[Math.Clamp(expected, 16, Math.Max(16, Math.Min(limit, 1 << 20)))];
    }

    public int Length { get; private set; }

    public void Add(byte value)
    {
        if (Length == buffer.Length)
        {
            Grow(1);
        }

        buffer[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        if (values.Length > buffer.Length - Length)
        {
            Grow(values.Length);
        }

        values.CopyTo(buffer.AsSpan(Length));
        Length += values.Length;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public void Fill(byte value, int count)
    {
        if (count > buffer.Length - Length)
        {
            Grow(count);
        }

        buffer.AsSpan(Length, count).Fill(value);
        Length += count;
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for the caller to write.</summary>
    public Span<byte> Append(int count)
    {
        if (count > buffer.Length - Length)
        {
            Grow(count);
        }

        var span = buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public byte[] ToArray() => buffer.AsSpan(0, Length).ToArray();

    private void Grow(int extra)
    {
        var needed = (long)Length + extra;
        if (needed > limit)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"A stream decodes to more than {limit} bytes.");
        }

        var size = (int)Math.Min(Math.Max(needed, (long)buffer.Length * 2), limit);
        Array.Resize(ref buffer, size);
    }
}
