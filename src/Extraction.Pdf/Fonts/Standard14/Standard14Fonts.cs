using System.Collections.Concurrent;

namespace Extraction.Pdf.Fonts.Standard14;

/// <summary>
/// The standard 14 fonts (ISO 32000-1 §9.6.2.2) and the names producers use for them: "Arial", "ArialMT",
/// "TimesNewRomanPSMT", "CourierNew" with "-Bold", ",Bold", "-BoldItalicMT" and similar style suffixes.
/// </summary>
internal static class Standard14Fonts
{
    private static readonly ConcurrentDictionary<string, FontMetrics> Loaded = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["Helvetica"] = "Helvetica",
        ["Arial"] = "Helvetica",
        ["ArialMT"] = "Helvetica",
        ["Courier"] = "Courier",
        ["CourierNew"] = "Courier",
        ["CourierNewPS"] = "Courier",
        ["CourierNewPSMT"] = "Courier",
        ["Times"] = "Times",
        ["TimesNewRoman"] = "Times",
        ["TimesNewRomanPS"] = "Times",
        ["TimesNewRomanPSMT"] = "Times",
        ["Symbol"] = "Symbol",
        ["SymbolMT"] = "Symbol",
        ["ZapfDingbats"] = "ZapfDingbats",
    };

    /// <summary>The standard font a /BaseFont names, or null when it names another font.</summary>
    public static FontMetrics? Find(string? baseFont) => CanonicalName(baseFont) is { } name ? Load(name) : null;

    /// <summary>The standard-14 name for a /BaseFont ("Arial,BoldItalic" → "Helvetica-BoldOblique"), or null.</summary>
    public static string? CanonicalName(string? baseFont)
    {
        if (string.IsNullOrEmpty(baseFont))
        {
            return null;
        }

        var name = baseFont.Replace(" ", "", StringComparison.Ordinal);
        var separator = name.IndexOfAny([',', '-']);
        var family = separator < 0 ? name : name[..separator];
        var style = separator < 0 ? "" : name[(separator + 1)..];
        if (!Families.TryGetValue(family, out var standard))
        {
            return null;
        }

        if (style.EndsWith("MT", StringComparison.Ordinal))
        {
            style = style[..^2];
        }

        if (!TryReadStyle(style, out var bold, out var italic))
        {
            return null;
        }

        return standard switch
        {
            "Symbol" => standard,
            "ZapfDingbats" => style.Length == 0 ? standard : null,

            // A bare "Times" is a family, not one of the fourteen fonts.
            "Times" when family == "Times" && style.Length == 0 => null,
            _ => StyledName(standard, bold, italic),
        };
    }

    /// <summary>
    /// The standard font poppler substitutes for a non-standard font that has no /Widths: Courier, Times or Helvetica
    /// by the descriptor's fixed-pitch and serif flags, in the weight and slant the descriptor states.
    /// </summary>
    public static FontMetrics Substitute(FontDescriptor descriptor)
    {
        var family = descriptor.IsFixedPitch ? "Courier" : descriptor.IsSerif ? "Times" : "Helvetica";
        return Load(StyledName(family, descriptor.IsForceBold, descriptor.IsItalicFlag));
    }

    private static bool TryReadStyle(string style, out bool bold, out bool italic)
    {
        bold = style is "Bold" or "BoldItalic" or "BoldOblique";
        italic = style is "Italic" or "Oblique" or "BoldItalic" or "BoldOblique";
        return bold || italic || style is "" or "Roman" or "Regular";
    }

    private static string StyledName(string family, bool bold, bool italic) => (family, bold, italic) switch
    {
        ("Times", false, false) => "Times-Roman",
        ("Times", true, false) => "Times-Bold",
        ("Times", false, true) => "Times-Italic",
        ("Times", true, true) => "Times-BoldItalic",
        (_, false, false) => family,
        (_, true, false) => family + "-Bold",
        (_, false, true) => family + "-Oblique",
        _ => family + "-BoldOblique",
    };

    private static FontMetrics Load(string name) => Loaded.GetOrAdd(name, n => AfmParser.Parse(EmbeddedData.ReadLines(n + ".afm")));
}
