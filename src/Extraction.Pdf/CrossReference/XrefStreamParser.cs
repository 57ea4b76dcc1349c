using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.CrossReference;

/// <summary>Decodes the binary rows of a cross-reference stream (ISO 32000-1 §7.5.8).</summary>
internal static class XrefStreamParser
{
    public static Dictionary<int, XrefEntry> Parse(PdfDictionary dictionary, byte[] decoded, ReaderLimits limits)
    {
        var widths = (dictionary["W"] as PdfArray)?.Select(w => (w as PdfNumber)?.IntValue ?? 0).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8))
        {
            throw new PdfReadException(PdfErrorCode.Corrupt, "Cross-reference stream without a valid /W.");
        }

        var size = (dictionary["Size"] as PdfNumber)?.IntegerValue ?? 0;
        var index = (dictionary["Index"] as PdfArray)?.Select(i => (i as PdfNumber)?.IntegerValue ?? 0).ToArray() ?? [0, size];
        var rowLength = widths.Sum();
        var entries = new Dictionary<int, XrefEntry>();
        if (rowLength == 0)
        {
            return entries;
        }

        var position = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            var first = index[pair];
            var count = index[pair + 1];
            if (first < 0 || count < 0 || first + count > limits.MaxObjectNumber)
            {
                throw new PdfReadException(PdfErrorCode.Corrupt, "Cross-reference stream /Index out of range.");
            }

            for (var i = 0; i < count && position + rowLength <= decoded.Length; i++, position += rowLength)
            {
                var type = widths[0] == 0 ? 1 : Field(decoded, position, widths[0]);
                var second = Field(decoded, position + widths[0], widths[1]);
                var third = Field(decoded, position + widths[0] + widths[1], widths[2]);
                var number = (int)(first + i);
                var entry = type switch
                {
                    0 => XrefEntry.Free((int)third),
                    1 => XrefEntry.AtOffset(second, (int)Math.Min(third, 65535)),
                    2 => XrefEntry.InStream((int)Math.Min(second, int.MaxValue), (int)Math.Min(third, int.MaxValue)),
                    _ => XrefEntry.Free(0),
                };
                entries.TryAdd(number, entry);
            }
        }

        return entries;
    }

    private static long Field(byte[] data, int start, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[start + i];
        }

        return value;
    }
}
