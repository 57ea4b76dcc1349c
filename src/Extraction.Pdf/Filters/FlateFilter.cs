using System.Buffers;
using System.IO.Compression;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>
/// zlib/deflate. Many writers emit streams with a wrong header or checksum, or cut short; like other readers we
/// keep the bytes inflated before the damage instead of failing the stream.
/// </summary>
public sealed class FlateFilter : IStreamFilter
{
    public byte[] Decode(ReadOnlySpan<byte> input, PdfDictionary parameters, ReaderLimits limits)
    {
        var inflated = Inflate(input, limits);
        return Predictor.Apply(inflated, parameters, limits);
    }

    private static byte[] Inflate(ReadOnlySpan<byte> input, ReaderLimits limits)
    {
        // Skip the two-byte zlib header when present; raw deflate otherwise.
        var skip = input.Length >= 2 && (input[0] & 0x0F) == 8 && ((input[0] << 8) | input[1]) % 31 == 0 ? 2 : 0;
        var compressed = input[skip..].ToArray();
        using var source = new MemoryStream(compressed, writable: false);
        using var deflate = new DeflateStream(source, CompressionMode.Decompress);
        var output = new DecodedOutput(compressed.Length * 4 + 64, limits.MaxDecodedStreamBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(65536);
        try
        {
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Add(buffer.AsSpan(0, read));
            }
        }
        catch (InvalidDataException)
        {
            // Keep what was inflated before the corrupt block.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return output.ToArray();
    }
}
