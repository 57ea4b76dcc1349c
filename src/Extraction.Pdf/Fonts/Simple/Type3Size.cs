using Extraction.Pdf.Core;

namespace Extraction.Pdf.Fonts.Simple;

/// <summary>
/// How big the glyphs of a Type 3 font really are. Its glyph procedures may draw at any scale, so the nominal font
/// size says little; like poppler, the size is estimated from the advance of "m" (an average "m" is 0.6 em wide),
/// else of any letter or glyph (0.5 em), and corrected for a non-square font matrix. Boxes and spacing then agree
/// with the reference engine.
/// </summary>
internal static class Type3Size
{
    private const double AverageMWidth = 0.6;
    private const double AverageGlyphWidth = 0.5;

    public static double Scale(string?[] names, double[] widths, TransformMatrix fontMatrix)
    {
        int? m = null, letter = null, any = null;
        for (var code = 0; code < 256; code++)
        {
            var name = names[code];
            if (name is { Length: 1 })
            {
                if (name[0] == 'm')
                {
                    m = code;
                }

                if (letter is null && char.IsAsciiLetter(name[0]))
                {
                    letter = code;
                }
            }

            if (any is null && name is not null && widths[code] * fontMatrix.A > 0)
            {
                any = code;
            }
        }

        var scale = 1.0;
        if (m is { } mCode && widths[mCode] * fontMatrix.A is var mWidth && mWidth > 0)
        {
            scale = mWidth / AverageMWidth;
        }
        else if (letter is { } letterCode && widths[letterCode] * fontMatrix.A is var letterWidth && letterWidth > 0)
        {
            scale = letterWidth / AverageGlyphWidth;
        }
        else if (any is { } anyCode)
        {
            scale = widths[anyCode] * fontMatrix.A / AverageGlyphWidth;
        }

        if (fontMatrix.A != 0)
        {
            scale *= Math.Abs(fontMatrix.D / fontMatrix.A);
        }

        return scale;
    }
}
