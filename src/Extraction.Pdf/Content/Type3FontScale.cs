using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Content;

/// <summary>
/// A Type 3 font's glyph space is its own: the font size alone does not say how large its letters are on the page.
/// Like poppler, we guess the scale from the advance of a typical glyph — an 'm' is about 0.6 em wide, any letter
/// about 0.5 em — and correct for a font matrix that scales x and y differently. Word breaks depend on this size.
/// </summary>
internal static class Type3FontScale
{
    private const double TypicalMWidth = 0.6;
    private const double TypicalGlyphWidth = 0.5;

    /// <summary>Codes that have a glyph name in StandardEncoding, the base encoding of a Type 3 font without one.</summary>
    private static readonly HashSet<int> StandardNamedCodes = BuildStandardNamedCodes();

    /// <summary>The factor to multiply the font size by; 1 for fonts other than Type 3.</summary>
    public static double Factor(PdfDictionary font, IObjectResolver resolver)
    {
        var matrix = font.GetNumbers("FontMatrix", resolver) is { Length: 6 } m ? m : [1.0, 0, 0, 1, 0, 0];
        var names = GlyphNames(font, resolver);
        var widths = Widths(font, resolver, matrix[0]);
        int mCode = -1, letterCode = -1, anyCode = -1;
        for (var code = 0; code < 256; code++)
        {
            var name = names[code];
            if (name is { Length: 1 } && name[0] == 'm')
            {
                mCode = code;
            }

            if (letterCode < 0 && name is { Length: 1 } && char.IsAsciiLetter(name[0]))
            {
                letterCode = code;
            }

            if (anyCode < 0 && name is not null && widths[code] > 0)
            {
                anyCode = code;
            }
        }

        var factor = 1.0;
        if (mCode >= 0 && widths[mCode] > 0)
        {
            factor = widths[mCode] / TypicalMWidth;
        }
        else if (letterCode >= 0 && widths[letterCode] > 0)
        {
            factor = widths[letterCode] / TypicalGlyphWidth;
        }
        else if (anyCode >= 0)
        {
            factor = widths[anyCode] / TypicalGlyphWidth;
        }

        return matrix[0] != 0 ? factor * Math.Abs(matrix[3] / matrix[0]) : factor;
    }

    /// <summary>Glyph names by code: the base encoding's (letters keep their ASCII codes in all of them), then /Differences.</summary>
    private static string?[] GlyphNames(PdfDictionary font, IObjectResolver resolver)
    {
        var encoding = resolver.Resolve(font["Encoding"]) as PdfDictionary;
        var hasBase = encoding?.GetName("BaseEncoding", resolver) is not null;
        var names = new string?[256];
        for (var code = 0; code < 256; code++)
        {
            if (char.IsAsciiLetter((char)code))
            {
                names[code] = ((char)code).ToString();
            }
            else if (hasBase ? code >= 32 && code != 127 : StandardNamedCodes.Contains(code))
            {
                names[code] = string.Empty;
            }
        }

        if (encoding?.Get<PdfArray>("Differences", resolver) is { } differences)
        {
            var code = 0;
            foreach (var item in differences.Select(resolver.Resolve))
            {
                if (item is PdfNumber n)
                {
                    code = n.IntValue;
                }
                else if (item is PdfName glyph && code is >= 0 and < 256)
                {
                    names[code++] = glyph.Value;
                }
            }
        }

        return names;
    }

    /// <summary>Advance of each code in text space units per unit font size; codes outside /Widths get /MissingWidth.</summary>
    private static double[] Widths(PdfDictionary font, IObjectResolver resolver, double scale)
    {
        var missing = (font.Get<PdfDictionary>("FontDescriptor", resolver)?.GetNumber("MissingWidth", resolver) ?? 0) * 0.001;
        var widths = Enumerable.Repeat(missing, 256).ToArray();
        var first = font.GetInt("FirstChar", resolver) ?? 0;
        if (first is < 0 or > 255)
        {
            first = 0;
        }

        if (font.GetNumbers("Widths", resolver) is { } values)
        {
            for (var i = 0; i < values.Length && first + i < 256; i++)
            {
                widths[first + i] = values[i] * scale;
            }
        }

        return widths;
    }

    private static HashSet<int> BuildStandardNamedCodes()
    {
        var codes = new HashSet<int>(Enumerable.Range(32, 95));
        int[] upper =
        [
            161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 177, 178, 179, 180, 182, 183, 184,
            185, 186, 187, 188, 189, 191, 193, 194, 195, 196, 197, 198, 199, 200, 202, 203, 205, 206, 207, 208, 225, 227,
            232, 233, 234, 235, 241, 245, 248, 249, 250, 251,
        ];
        codes.UnionWith(upper);
        return codes;
    }
}
