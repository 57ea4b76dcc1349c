using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts;

/// <summary>The parts of a /FontDescriptor the text layer uses (ISO 32000-1 §9.8).</summary>
/// <param name="Ascent">Ascent per unit font size when the descriptor gives a usable one, else null.</param>
/// <param name="Descent">Descent per unit font size (negative) when usable, else null.</param>
/// <param name="FontWeight">/FontWeight (100–900), 0 when absent.</param>
internal sealed record FontDescriptor(
    double? Ascent,
    double? Descent,
    int Flags,
    double ItalicAngle,
    double FontWeight,
    double MissingWidth,
    string? FontName)
{
    /// <summary>What poppler assumes when a font gives no usable metrics; matching it keeps word boxes comparable.</summary>
    public const double DefaultAscent = 0.95;

    public const double DefaultDescent = -0.35;

    private const int FixedPitchFlag = 1 << 0;
    private const int SerifFlag = 1 << 1;
    private const int ItalicFlag = 1 << 6;
    private const int ForceBoldFlag = 1 << 18;

    /// <summary>A font without a descriptor; poppler then assumes a serif font for substitution.</summary>
    public static readonly FontDescriptor None = new(null, null, SerifFlag, 0, 0, 0, null);

    public bool IsFixedPitch => (Flags & FixedPitchFlag) != 0;

    public bool IsSerif => (Flags & SerifFlag) != 0;

    public bool IsItalicFlag => (Flags & ItalicFlag) != 0;

    public bool IsForceBold => (Flags & ForceBoldFlag) != 0;

    public static FontDescriptor Read(PdfDictionary? descriptor, IObjectResolver resolver)
    {
        if (descriptor is null)
        {
            return None;
        }

        return new FontDescriptor(
            AscentFrom(descriptor.GetNumber("Ascent", resolver)),
            DescentFrom(descriptor.GetNumber("Descent", resolver)),
            descriptor.GetInt("Flags", resolver) ?? SerifFlag,
            descriptor.GetNumber("ItalicAngle", resolver) ?? 0,
            descriptor.GetNumber("FontWeight", resolver) ?? 0,
            descriptor.GetNumber("MissingWidth", resolver) ?? 0,
            descriptor.GetName("FontName", resolver) ?? descriptor.GetName("Fontname", resolver));
    }

    /// <summary>Broken descriptors give negative ascents, zero, or absurd values: sign-fix and ignore as poppler does.</summary>
    private static double? AscentFrom(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return null;
        }

        var t = Math.Abs(v / 1000);
        return t != 0 && t < 3 ? t : null;
    }

    private static double? DescentFrom(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return null;
        }

        var t = -Math.Abs(v / 1000);
        return t != 0 && t > -3 ? t : null;
    }
}
