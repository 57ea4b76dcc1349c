using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>PNG (10–15) and TIFF (2) predictors for Flate and LZW (ISO 32000-1 §7.4.4.4).</summary>
public static class Predictor
{
    public static byte[] Apply(byte[] data, PdfDictionary parameters, ReaderLimits limits)
    {
        var predictor = Int(parameters, "Predictor", 1);
        if (predictor < 2)
        {
            return data;
        }

        var colors = Math.Clamp(Int(parameters, "Colors", 1), 1, 32);
        var bitsPerComponent = Int(parameters, "BitsPerComponent", 8) is var bpc && bpc is 1 or 2 or 4 or 8 or 16 ? bpc : 8;
        var columns = Math.Clamp(Int(parameters, "Columns", 1), 1, 1 << 24);
        var bytesPerPixel = Math.Max(1, (colors * bitsPerComponent + 7) / 8);
        var rowLength = (int)Math.Min((colors * (long)bitsPerComponent * columns + 7) / 8, limits.MaxDecodedStreamBytes);
        return predictor == 2
            ? Tiff(data, rowLength, bytesPerPixel, bitsPerComponent)
            : Png(data, rowLength, bytesPerPixel);
    }

    private static int Int(PdfDictionary parameters, string key, int fallback) =>
        parameters[key] is PdfNumber n ? n.IntValue : fallback;

    private static byte[] Png(byte[] data, int rowLength, int bytesPerPixel)
    {
        if (data.Length <= rowLength)
        {
            // Not one whole row: nothing to predict, and no row buffer sized by a hostile /Columns.
            return [];
        }

        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (rowLength + 1)];
            var row = output.AsSpan(r * rowLength, rowLength);
            data.AsSpan(r * (rowLength + 1) + 1, rowLength).CopyTo(row);
            for (var i = 0; i < rowLength; i++)
            {
                var left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                var up = previous[i];
                var upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = type switch
                {
                    1 => (byte)(row[i] + left),
                    2 => (byte)(row[i] + up),
                    3 => (byte)(row[i] + ((left + up) >> 1)),
                    4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                    _ => row[i],
                };
            }

            row.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Tiff(byte[] data, int rowLength, int bytesPerPixel, int bitsPerComponent)
    {
        // Only byte-aligned components are predicted here; sub-byte TIFF prediction is used by images, which we skip.
        if (bitsPerComponent < 8)
        {
            return data;
        }

        var output = (byte[])data.Clone();
        for (var start = 0; start + rowLength <= output.Length; start += rowLength)
        {
            for (var i = bytesPerPixel; i < rowLength; i++)
            {
                output[start + i] = (byte)(output[start + i] + output[start + i - bytesPerPixel]);
            }
        }

        return output;
    }
}
