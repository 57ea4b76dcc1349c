using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Filters;

/// <summary>
/// ASCII85Decode (ISO 32000-1 §7.4.3): groups of five characters '!'..'u' encode four bytes, 'z' four zero bytes,
/// "~>" ends the data; a final partial group of n characters yields n − 1 bytes.
/// </summary>
public sealed class Ascii85Filter : IStreamFilter
{
    public byte[] Decode(ReadOnlyMemory<byte> encoded, PdfDictionary parameters, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        var input = encoded.Span;
        using var output = new DecodedOutput(input.Length * 4 / 5, limits.MaxDecodedStreamBytes, budget);
        var start = input.StartsWith("<~"u8) ? 2 : 0;
        damaged = false;
        Span<byte> group = stackalloc byte[5];
        var count = 0;
        for (var i = start; i < input.Length; i++)
        {
            var b = input[i];
            if (CharacterClass.IsWhitespace(b))
            {
                continue;
            }

            if (b == '~')
            {
                break;
            }

            if (b == 'z' && count == 0)
            {
                output.Fill(0, 4);
                continue;
            }

            if (b is < (byte)'!' or > (byte)'u')
            {
                // Damage: keep what was decoded before it.
                damaged = true;
                break;
            }

            group[count++] = (byte)(b - '!');
            if (count == 5)
            {
                WriteGroup(group, 4, output);
                count = 0;
            }
        }

        if (count > 1)
        {
            group[count..].Fill((byte)('u' - '!'));
            WriteGroup(group, count - 1, output);
        }

        return output.ToArray();
    }

    private static void WriteGroup(ReadOnlySpan<byte> digits, int bytes, DecodedOutput output)
    {
        long value = 0;
        foreach (var digit in digits)
        {
            value = value * 85 + digit;
        }

        // Groups above 2^32 − 1 are invalid; wrapping keeps the decoder total rather than failing the stream.
        var word = (uint)value;
        var span = output.Append(bytes);
        for (var i = 0; i < bytes; i++)
        {
            span[i] = (byte)(word >> (24 - 8 * i));
        }
    }
}
