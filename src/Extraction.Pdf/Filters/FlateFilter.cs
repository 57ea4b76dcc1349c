using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>
/// zlib/deflate. Many writers emit streams with a wrong header or checksum, or cut short; like other readers we
/// keep the bytes inflated before the damage instead of failing the stream.
/// </summary>
public sealed class FlateFilter : IStreamFilter
{
    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        var inflated = Inflate(input, limits, budget, out damaged);
        return Predictor.Apply(inflated, parameters, limits);
    }

    private static byte[] Inflate(ReadOnlyMemory<byte> input, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        // Skip the two-byte zlib header when present; raw deflate otherwise.
        var header = input.Span;
        var skip = header.Length >= 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0 ? 2 : 0;
        var compressed = input[skip..];
        using var output = new DecodedOutput(compressed.Length * 4 + 64, limits.MaxDecodedStreamBytes, budget);
        var buffer = ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            using var deflate = new DeflateStream(Source(compressed), CompressionMode.Decompress);
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Add(buffer.AsSpan(0, read));
            }

            damaged = false;
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            damaged = true;
            // The salvage inflates the same bytes again; they are charged once.
            budget.Refund(output.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Salvage(compressed, limits, budget);
    }

    /// <summary>
    /// Inflates again one byte at a time: a failing read loses everything it inflated in that call, so only tiny
    /// reads keep every byte before the damage. Slow, but only damaged streams come here.
    /// </summary>
    private static byte[] Salvage(ReadOnlyMemory<byte> compressed, ReaderLimits limits, DecodeBudget budget)
    {
        using var output = new DecodedOutput(compressed.Length * 4 + 64, limits.MaxDecodedStreamBytes, budget);
        using var deflate = new DeflateStream(Source(compressed), CompressionMode.Decompress);
        Span<byte> one = stackalloc byte[1];
        try
        {
            while (deflate.Read(one) == 1)
            {
                output.Add(one[0]);
            }
        }
        catch (InvalidDataException)
        {
            // The damage: everything before it is kept.
        }

        return output.ToArray();
    }

    /// <summary>A read-only stream over the data, without copying it when it is (a slice of) an array, as file data is.</summary>
    private static MemoryStream Source(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}
