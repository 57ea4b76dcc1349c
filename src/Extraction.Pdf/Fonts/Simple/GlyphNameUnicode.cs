using System.Globalization;
using System.Text;

namespace Extraction.Pdf.Fonts.Simple;

/// <summary>
/// Unicode for each code of a simple font from the glyph names of its encoding. The rules follow what poppler does,
/// so the text agrees with the reference engine: names in the glyph list first; when some name is unknown, the AGL
/// naming rules (suffixes, ligatures, uniXXXX), then numeric names ("g12", "c65", "G3F") when the whole encoding is
/// made of them, and finally the code itself as its Unicode value.
/// </summary>
internal static class GlyphNameUnicode
{
    /// <param name="names">The glyph name per code after the base encoding and /Differences.</param>
    /// <param name="zapfDingbats">The font is ZapfDingbats: its a1…a191 names have meaning.</param>
    /// <param name="differenceNames">The names /Differences lists and the codes it starts runs at, when there is such an array.</param>
    public static string?[] Map(string?[] names, bool zapfDingbats, DifferencesSummary? differenceNames)
    {
        var unicode = new string?[256];
        var missing = false;
        var hex = false;
        for (var code = 0; code < 256; code++)
        {
            if (names[code] is not { } name)
            {
                continue;
            }

            unicode[code] = Lookup(name, zapfDingbats);
            if (unicode[code] is null && name != ".notdef")
            {
                missing = true;
                hex |= LooksHexadecimal(name);
            }
        }

        var numeric = differenceNames?.IsNumeric(hex) ?? false;
        for (var code = 0; code < 256; code++)
        {
            if (unicode[code] is { Length: 1 } single && IsAlphabeticPresentationForm(single[0]))
            {
                // Ligatures such as "fi" (U+FB01) come out as their letters.
                unicode[code] = single.Normalize(NormalizationForm.FormKC);
            }
        }

        if (!missing)
        {
            return unicode;
        }

        for (var code = 0; code < 256; code++)
        {
            if (unicode[code] is not null)
            {
                continue;
            }

            var parsed = names[code] is { } name && name != ".notdef" ? Parse(name, checkNames: false, ligatures: true, variants: true, numeric, hex) : null;

            // Unknown names pass the code through as its Unicode value, as poppler does: garbage, but the same garbage.
            unicode[code] = string.IsNullOrEmpty(parsed) ? ((char)code).ToString() : parsed;
        }

        return unicode;
    }

    private static string? Lookup(string name, bool zapfDingbats) =>
        (zapfDingbats ? GlyphList.LookupZapfDingbats(name) : null) ?? GlyphList.Lookup(name);

    /// <summary>"Axx" or "xx" with two hex digits of which one is a letter, so that "a0" or "g12" do not count.</summary>
    private static bool LooksHexadecimal(string name) => name.Length switch
    {
        3 => char.IsAsciiLetter(name[0]) && char.IsAsciiHexDigit(name[1]) && char.IsAsciiHexDigit(name[2])
            && (!char.IsAsciiDigit(name[1]) || !char.IsAsciiDigit(name[2])),
        2 => char.IsAsciiHexDigit(name[0]) && char.IsAsciiHexDigit(name[1]) && !char.IsAsciiDigit(name[1]),
        _ => false,
    };

    private static bool IsAlphabeticPresentationForm(char c) => c is >= '\uFB00' and <= '\uFB4F';

    /// <summary>The Adobe glyph naming convention, with poppler's numeric extension.</summary>
    private static string? Parse(string name, bool checkNames, bool ligatures, bool variants, bool numeric, bool hex)
    {
        if (variants)
        {
            var period = name.IndexOf('.');
            if (period == 0)
            {
                return null;
            }

            if (period > 0)
            {
                return Parse(name[..period], checkNames: true, ligatures, variants: false, numeric, hex);
            }
        }

        if (ligatures && name.Contains('_'))
        {
            var text = new StringBuilder();
            foreach (var component in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(Parse(component, checkNames: true, ligatures: false, variants, numeric, hex));
            }

            return text.ToString();
        }

        if (checkNames && GlyphList.Lookup(name) is { } known)
        {
            return known;
        }

        if (name.Length >= 7 && name.Length % 4 == 3 && name.StartsWith("uni", StringComparison.Ordinal))
        {
            return UniSequence(name);
        }

        if (GlyphList.FromUName(name) is { } scalar)
        {
            return scalar;
        }

        return numeric && NumericName.TryParse(name, hex, out var value) ? char.ConvertFromUtf32(value) : null;
    }

    /// <summary>"uni" and groups of four hex digits; groups outside the BMP's scalar values are skipped.</summary>
    private static string UniSequence(string name)
    {
        var text = new StringBuilder();
        for (var i = 3; i + 4 <= name.Length; i += 4)
        {
            if (int.TryParse(name.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
                && value is <= 0xD7FF or >= 0xE000)
            {
                text.Append((char)value);
            }
        }

        return text.ToString();
    }
}
