using System.Globalization;

namespace Extraction.Pdf.Fonts;

/// <summary>
/// Glyph name → Unicode through the Adobe Glyph List and its naming rules: "uniXXXX[XXXX…]", "uXXXX[XX]",
/// suffixes after a period ("a.sc") and ligatures joined by underscores ("f_f_i").
/// </summary>
public static class GlyphList
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(() => Load("glyphlist.txt"));
    private static readonly Lazy<Dictionary<string, string>> ZapfDingbatsNames = new(() => Load("zapfdingbats-glyphlist.txt"));

    /// <summary>Unicode for a glyph name by the full AGL naming rules; null when the name carries no meaning.</summary>
    public static string? ToUnicode(string glyphName)
    {
        if (string.IsNullOrEmpty(glyphName) || glyphName == ".notdef")
        {
            return null;
        }

        if (Lookup(glyphName) is { } known)
        {
            return known;
        }

        var period = glyphName.IndexOf('.');
        var baseName = period > 0 ? glyphName[..period] : glyphName;
        if (baseName.Contains('_'))
        {
            var parts = baseName.Split('_').Select(Component).ToArray();
            return parts.All(p => p is not null) ? string.Concat(parts) : null;
        }

        return Component(baseName);
    }

    /// <summary>The AGL entry for exactly this name.</summary>
    internal static string? Lookup(string name) => Names.Value.GetValueOrDefault(name);

    /// <summary>The ITC Zapf Dingbats list entry (a1…a191) for exactly this name.</summary>
    internal static string? LookupZapfDingbats(string name) => ZapfDingbatsNames.Value.GetValueOrDefault(name);

    /// <summary>"uniXXXX…" (groups of four hex digits, no surrogates) or "uXXXX" to "uXXXXXX"; null for other names.</summary>
    internal static string? FromUnicodeName(string name) => FromUniName(name) ?? FromUName(name);

    private static string? FromUniName(string name)
    {
        if (name.Length < 7 || !name.StartsWith("uni", StringComparison.Ordinal) || (name.Length - 3) % 4 != 0)
        {
            return null;
        }

        var chars = new List<string>();
        for (var i = 3; i < name.Length; i += 4)
        {
            if (!TryHex(name.AsSpan(i, 4), out var value) || value is >= 0xD800 and <= 0xDFFF)
            {
                return null;
            }

            chars.Add(char.ConvertFromUtf32(value));
        }

        return string.Concat(chars);
    }

    /// <summary>"u" and four to six hex digits naming one Unicode scalar value.</summary>
    internal static string? FromUName(string name) =>
        name.Length is >= 5 and <= 7 && name[0] == 'u' && TryHex(name.AsSpan(1), out var scalar)
        && scalar is (>= 0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF)
            ? char.ConvertFromUtf32(scalar)
            : null;

    private static string? Component(string name) => Lookup(name) ?? FromUnicodeName(name);

    /// <summary>The AGL asks for upper-case digits; lower case is accepted because writers use it too.</summary>
    private static bool TryHex(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);

    private static Dictionary<string, string> Load(string file)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var separator = line.IndexOf(';');
            if (separator <= 0)
            {
                continue;
            }

            var codes = line[(separator + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            names[line[..separator]] = string.Concat(codes.Select(c => char.ConvertFromUtf32(int.Parse(c, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
        }

        return names;
    }
}
