using System.Buffers;
using Extraction.Pdf.Core;

namespace Extraction.Pdf.Filters;

/// <summary>
/// A growable byte buffer for decoder output that refuses to grow beyond the per-stream limit and the document's decode budget, so a small hostile
/// stream cannot expand into gigabytes. The working buffer is pooled; only the result is allocated.
/// </summary>
internal sealed class DecodedOutput : IDisposable
{
    private readonly int limit;
    private readonly DecodeBudget budget;
    private byte[] buffer;

    public DecodedOutput(int expected, int limit, DecodeBudget budget)
    {
        this.limit = limit;
        this.budget = budget;
        var bound = (int)Math.Min(Math.Min(limit, 1 << 20), Math.Max(16, budget.Remaining));
        buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(expected, 16, Math.Max(16, bound)));
    }

    public int Length { get; private set; }

    public void Add(byte value)
    {
        Ensure(1);
        buffer[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        Ensure(values.Length);
        values.CopyTo(buffer.AsSpan(Length));
        Length += values.Length;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public void Fill(byte value, int count)
    {
        Ensure(count);
        buffer.AsSpan(Length, count).Fill(value);
        Length += count;
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for the caller to write.</summary>
    public Span<byte> Append(int count)
    {
        Ensure(count);
        var span = buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public byte[] ToArray() => buffer.AsSpan(0, Length).ToArray();

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Ensure(int extra)
    {
        var needed = (long)Length + extra;
        if (needed > limit)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"A stream decodes to more than {limit} bytes (ReaderLimits.MaxDecodedStreamBytes).");
        }

        budget.Charge(extra);

        if (needed <= buffer.Length)
        {
            return;
        }

        // Growth stops at what the stream cap and the document's remaining budget allow: never the size a file claims.
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(needed, (long)buffer.Length * 2), Math.Min(limit, Math.Min(budget.Remaining, int.MaxValue) + needed)));
        buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
