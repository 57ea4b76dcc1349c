using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>
/// LZWDecode (ISO 32000-1 §7.4.4): variable-width codes of 9 to 12 bits, most significant bit first; 256 clears the
/// table, 257 ends the data. /EarlyChange 1 (the default) widens codes one entry early. Predictors as for Flate.
/// </summary>
public sealed class LzwFilter : IStreamFilter
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;
    private const int FirstFreeCode = 258;
    private const int MaxCodes = 4096;

    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        var earlyChange = parameters["EarlyChange"] is PdfNumber { IntValue: 0 } ? 0 : 1;
        var decoded = Decompress(input.Span, earlyChange, limits, budget, out damaged);
        return Predictor.Apply(decoded, parameters, limits);
    }

    private static byte[] Decompress(ReadOnlySpan<byte> input, int earlyChange, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        damaged = false;
        // Each code is stored as its prefix code plus one final byte; its length and first byte make output O(1) per byte.
        var prefix = new short[MaxCodes];
        var suffix = new byte[MaxCodes];
        var length = new short[MaxCodes];
        var first = new byte[MaxCodes];
        for (var i = 0; i < 256; i++)
        {
            suffix[i] = (byte)i;
            first[i] = (byte)i;
            length[i] = 1;
            prefix[i] = -1;
        }

        using var output = new DecodedOutput(input.Length * 3, limits.MaxDecodedStreamBytes, budget);
        var next = FirstFreeCode;
        var width = 9;
        var previous = -1;
        var bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        while (true)
        {
            while (bitCount < width && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < width)
            {
                break;
            }

            var code = (bitBuffer >> (bitCount - width)) & ((1 << width) - 1);
            bitCount -= width;
            bitBuffer &= (1 << bitCount) - 1;
            if (code == ClearTable)
            {
                next = FirstFreeCode;
                width = 9;
                previous = -1;
                continue;
            }

            if (code == EndOfData)
            {
                break;
            }

            if (previous < 0)
            {
                if (code > 255)
                {
                    // A first code that names no table entry: the data is damaged from here on.
                    damaged = true;
                    break;
                }

                output.Add((byte)code);
                previous = code;
                continue;
            }

            byte firstByte;
            if (code < next)
            {
                firstByte = first[code];
                Write(code, prefix, suffix, length, output);
            }
            else if (code == next)
            {
                // The "KwKwK" case: the code being defined is previous + its own first byte.
                firstByte = first[previous];
                Write(previous, prefix, suffix, length, output);
                output.Add(firstByte);
            }
            else
            {
                damaged = true;
                break;
            }

            if (next < MaxCodes)
            {
                prefix[next] = (short)previous;
                suffix[next] = firstByte;
                length[next] = (short)Math.Min(length[previous] + 1, short.MaxValue);
                first[next] = first[previous];
                next++;
            }

            if (next + earlyChange >= 1 << width && width < 12)
            {
                width++;
            }

            previous = code;
        }

        return output.ToArray();
    }

    private static void Write(int code, short[] prefix, byte[] suffix, short[] length, DecodedOutput output)
    {
        var span = output.Append(length[code]);
        for (var i = span.Length - 1; i >= 0 && code >= 0; i--)
        {
            span[i] = suffix[code];
            code = prefix[code];
        }
    }
}
