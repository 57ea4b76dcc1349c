using System.Globalization;

namespace Extraction.Pdf.Fonts.Standard14;

/// <summary>Reads the header and character metrics of an Adobe Font Metrics file (Adobe technical note #5004).</summary>
internal static class AfmParser
{
    public static FontMetrics Parse(IEnumerable<string> lines)
    {
        string name = "";
        double? ascender = null, descender = null;
        double[] bbox = [0, 0, 0, 0];
        var widths = new Dictionary<string, double>(StringComparer.Ordinal);
        var encoding = new string?[256];
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var space = line.IndexOf(' ');
            var key = space < 0 ? line : line[..space];
            var value = space < 0 ? "" : line[(space + 1)..].Trim();
            switch (key)
            {
                case "FontName":
                    name = value;
                    break;
                case "Ascender":
                    ascender = Number(value);
                    break;
                case "Descender":
                    descender = Number(value);
                    break;
                case "FontBBox":
                    bbox = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray() is { Length: 4 } b ? b : bbox;
                    break;
                case "C":
                    ReadCharacter(line, widths, encoding);
                    break;
            }
        }

        return new FontMetrics(name, ascender ?? bbox[3], descender ?? bbox[1], widths, encoding);
    }

    /// <summary>"C 65 ; WX 667 ; N A ; B 14 0 654 718 ;": code (−1 when unencoded), width and name.</summary>
    private static void ReadCharacter(string line, Dictionary<string, double> widths, string?[] encoding)
    {
        int? code = null;
        double? width = null;
        string? glyph = null;
        foreach (var part in line.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            switch (fields[0])
            {
                case "C":
                    code = (int)Number(fields[1]);
                    break;
                case "WX":
                    width = Number(fields[1]);
                    break;
                case "N":
                    glyph = fields[1];
                    break;
            }
        }

        if (glyph is null)
        {
            return;
        }

        widths[glyph] = width ?? 0;
        if (code is >= 0 and < 256)
        {
            encoding[code.Value] = glyph;
        }
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
