using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Filters;

/// <summary>ASCIIHexDecode (ISO 32000-1 §7.4.2): pairs of hex digits, whitespace ignored, '>' ends the data.</summary>
public sealed class AsciiHexFilter : IStreamFilter
{
    public byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, ReaderLimits limits, DecodeBudget budget, out bool damaged)
    {
        using var output = new DecodedOutput(input.Length / 2, limits.MaxDecodedStreamBytes, budget);
        damaged = false;
        var high = -1;
        foreach (var b in input.Span)
        {
            if (b == '>')
            {
                break;
            }

            var value = CharacterClass.HexValue(b);
            if (value < 0)
            {
                if (CharacterClass.IsWhitespace(b))
                {
                    continue;
                }

                // Damage: keep what was decoded before it.
                damaged = true;
                break;
            }

            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.Add((byte)((high << 4) | value));
                high = -1;
            }
        }

        if (high >= 0)
        {
            // An odd final digit is followed by an implied 0.
            output.Add((byte)(high << 4));
        }

        return output.ToArray();
    }
}
