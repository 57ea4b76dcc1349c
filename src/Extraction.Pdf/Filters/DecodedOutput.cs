using Extraction.Pdf.Core;

namespace Extraction.Pdf.Filters;

/// <summary>
/// Decoder output that refuses to grow beyond the per-stream limit and the document's decode budget, so a small hostile
/// stream cannot expand into gigabytes. It grows by adding segments rather than by copying into ever larger buffers:
/// a stream stopped at the budget holds the budget's worth of memory, not one and a half times it with the copies
/// of the growth behind it, and nothing is kept in a pool after its document.
/// </summary>
internal sealed class DecodedOutput : IDisposable
{
    private const int FirstSegment = 16;
    private const int LargestSegment = 16 << 20;

    private readonly int limit;
    private readonly DecodeBudget budget;
    private readonly List<byte[]> full = [];
    private byte[] current;
    private int used;

    public DecodedOutput(int expected, int limit, DecodeBudget budget)
    {
        this.limit = limit;
        this.budget = budget;
        var bound = (int)Math.Min(Math.Min(limit, 1 << 20), Math.Max(FirstSegment, budget.Remaining));
        current = new byte[Math.Clamp(expected, FirstSegment, Math.Max(FirstSegment, bound))];
    }

    public int Length { get; private set; }

    public void Add(byte value)
    {
        Reserve(1);
        Room(1)[0] = value;
        Advance(1);
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        Reserve(values.Length);
        while (values.Length > 0)
        {
            var room = Room(1);
            var take = Math.Min(room.Length, values.Length);
            values[..take].CopyTo(room);
            Advance(take);
            values = values[take..];
        }
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public void Fill(byte value, int count)
    {
        Reserve(count);
        while (count > 0)
        {
            var room = Room(1);
            var take = Math.Min(room.Length, count);
            room[..take].Fill(value);
            Advance(take);
            count -= take;
        }
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them for the caller to write.</summary>
    public Span<byte> Append(int count)
    {
        Reserve(count);
        var span = Room(count)[..count];
        Advance(count);
        return span;
    }

    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(Length);
        var at = 0;
        foreach (var segment in full)
        {
            segment.CopyTo(result, at);
            at += segment.Length;
        }

        current.AsSpan(0, used).CopyTo(result.AsSpan(at));
        return result;
    }

    public void Dispose()
    {
        full.Clear();
        current = [];
    }

    /// <summary>Checks the limits and charges the budget before anything is written.</summary>
    private void Reserve(int extra)
    {
        if ((long)Length + extra > limit)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"A stream decodes to more than {limit} bytes (ReaderLimits.MaxDecodedStreamBytes).");
        }

        budget.Charge(extra);
    }

    /// <summary>Free space at the end: at least <paramref name="contiguous"/> bytes in one piece.</summary>
    private Span<byte> Room(int contiguous)
    {
        if (current.Length - used < contiguous)
        {
            if (used > 0)
            {
                full.Add(used == current.Length ? current : current[..used]);
            }

            // Segments grow with the output, up to a size whose slack does not matter, and never past what the stream cap
            // and the budget still allow.
            var size = Math.Max(contiguous, (int)Math.Min(Math.Min(Math.Max(FirstSegment, (long)Length), LargestSegment), Math.Max(budget.Remaining + contiguous, FirstSegment)));
            current = new byte[size];
            used = 0;
        }

        return current.AsSpan(used);
    }

    private void Advance(int count)
    {
        used += count;
        Length += count;
    }
}
