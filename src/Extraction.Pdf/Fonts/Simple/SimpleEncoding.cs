using Extraction.Pdf.Fonts.Encodings;
using Extraction.Pdf.Fonts.Programs;
using Extraction.Pdf.Fonts.Standard14;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Simple;

/// <summary>
/// The glyph name of every code of a simple font (ISO 32000-1 §9.6.6). The base encoding comes, in this order, from
/// /Encoding (or its /BaseEncoding) when it names MacRoman, MacExpert or WinAnsi; from the embedded Type 1 or CFF
/// program; from the standard font's own encoding for a non-embedded standard-14 font; else WinAnsi for TrueType and
/// Standard for the rest. /Differences then overrides single codes. These are poppler's rules, which agree with the
/// specification for well-formed files and decide the same way for the many that are not.
/// </summary>
internal static class SimpleEncoding
{
    public static string?[] GlyphNames(PdfObject encoding, SimpleFontKind kind, bool zapfDingbats, EmbeddedFontFile? program, FontMetrics? nonEmbeddedStandard, IObjectResolver resolver, out DifferencesSummary? differences)
    {
        var baseNames = zapfDingbats ? ZapfDingbatsEncoding.Names : BaseEncoding(encoding, resolver);
        var fromProgram = false;
        if (baseNames is null && program is not null && kind is SimpleFontKind.Type1 or SimpleFontKind.Cff)
        {
            baseNames = program.BuiltInEncoding;
            fromProgram = baseNames is not null;
        }

        baseNames ??= nonEmbeddedStandard?.BuiltInEncoding ?? (kind == SimpleFontKind.TrueType ? WinAnsiEncoding.Names : StandardEncoding.Names);
        var names = (string?[])baseNames.Clone();
        if (fromProgram && kind == SimpleFontKind.Cff)
        {
            // Subset CFF programs often encode only what they draw; accents and the rest come from StandardEncoding.
            for (var code = 0; code < 256; code++)
            {
                names[code] ??= StandardEncoding.Names[code];
            }
        }

        differences = encoding is PdfDictionary dictionary && dictionary.Get<PdfArray>("Differences", resolver) is { } array
            ? ApplyDifferences(array, names, resolver)
            : null;
        return names;
    }

    /// <summary>The predefined encodings a font dictionary may name. StandardEncoding and unknown names count as none.</summary>
    private static string?[]? BaseEncoding(PdfObject encoding, IObjectResolver resolver)
    {
        var name = encoding switch
        {
            PdfName n => n.Value,
            PdfDictionary d => d.GetName("BaseEncoding", resolver),
            _ => null,
        };
        return name == "StandardEncoding" ? null : BuiltInEncodings.ForName(name);
    }

    /// <summary>[code name name … code name …]: each name goes to the next code; codes outside 0–255 are skipped.</summary>
    private static DifferencesSummary ApplyDifferences(PdfArray differences, string?[] names, IObjectResolver resolver)
    {
        var starts = new List<int>();
        var listed = new List<string>();
        var other = false;
        var code = 0;
        foreach (var item in differences.Select(resolver.Resolve))
        {
            switch (item)
            {
                case PdfNumber { IsInteger: true } number:
                    code = number.IntValue;
                    starts.Add(code);
                    break;
                case PdfName glyph:
                    listed.Add(glyph.Value);
                    if (code is >= 0 and < 256)
                    {
                        names[code++] = glyph.Value;
                    }

                    break;
                default:
                    other = true;
                    break;
            }
        }

        return new DifferencesSummary(starts, listed, other);
    }
}
