using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>
/// RunLengthDecode (ISO 32000-1 §7.4.5): a length byte n &lt; 128 copies the next n + 1 bytes, n &gt; 128 repeats the
/// next byte 257 − n times, 128 ends the data.
/// </summary>
public sealed class RunLengthFilter : IStreamFilter
{
    private const byte EndOfData = 128;

    public byte[] Decode(ReadOnlyMemory<byte> encoded, PdfDictionary parameters, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        var input = encoded.Span;
        using var output = new DecodedOutput(input.Length * 2, limits.MaxDecodedStreamBytes, budget);
        var i = 0;
        damaged = false;
        while (i < input.Length)
        {
            var length = input[i++];
            if (length == EndOfData)
            {
                break;
            }

            if (length < EndOfData)
            {
                // A literal run cut short by the end of the data keeps the bytes that are there.
                var take = Math.Min(length + 1, input.Length - i);
                damaged |= take < length + 1;
                output.Add(input.Slice(i, take));
                i += take;
            }
            else if (i < input.Length)
            {
                output.Fill(input[i++], 257 - length);
            }
        }

        return output.ToArray();
    }
}
