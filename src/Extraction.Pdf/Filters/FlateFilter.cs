using System.IO.Compression;
using Extraction.Pdf.Core;
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
        using var output = new MemoryStream(Math.Min(compressed.Length * 4 + 64, 1 << 20));
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > limits.MaxDecodedStreamBytes)
                {
                    throw new PdfReadException(PdfErrorCode.LimitExceeded, $"A stream inflates beyond {limits.MaxDecodedStreamBytes} bytes.");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // Keep what was inflated before the corrupt block.
        }

        return output.ToArray();
    }
}
