using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts;

/// <summary>The parts of a /FontDescriptor the text layer uses (ISO 32000-1 §9.8).</summary>
internal sealed record FontDescriptor(double Ascent, double Descent, int Flags, double ItalicAngle, double StemV, double MissingWidth, double[]? FontBBox)
{
    /// <summary>What poppler assumes when a font gives no usable metrics; matching it keeps word boxes comparable.</summary>
    public const double DefaultAscent = 0.95;

    public const double DefaultDescent = -0.35;

    public static readonly FontDescriptor None = new(DefaultAscent, DefaultDescent, 0, 0, 0, 0, null);

    public bool IsItalicFlag => (Flags & (1 << 6)) != 0 || ItalicAngle != 0;

    public bool IsForceBold => (Flags & (1 << 18)) != 0;

    public bool IsSymbolic => (Flags & (1 << 2)) != 0;

    public static FontDescriptor Read(PdfDictionary? descriptor, IObjectResolver resolver)
    {
        if (descriptor is null)
        {
            return None;
        }

        return new FontDescriptor(
            AscentFrom(descriptor.GetNumber("Ascent", resolver)),
            DescentFrom(descriptor.GetNumber("Descent", resolver)),
            descriptor.GetInt("Flags", resolver) ?? 0,
            descriptor.GetNumber("ItalicAngle", resolver) ?? 0,
            descriptor.GetNumber("StemV", resolver) ?? 0,
            descriptor.GetNumber("MissingWidth", resolver) ?? 0,
            descriptor.GetNumbers("FontBBox", resolver) is { Length: 4 } box ? box : null);
    }

    /// <summary>Broken descriptors give negative ascents, zero, or absurd values: sign-fix and fall back as poppler does.</summary>
    private static double AscentFrom(double? value)
    {
        if (value is not { } v)
        {
            return DefaultAscent;
        }

        var t = Math.Abs(v / 1000);
        return t != 0 && t < 3 ? t : DefaultAscent;
    }

    private static double DescentFrom(double? value)
    {
        if (value is not { } v)
        {
            return DefaultDescent;
        }

        var t = -Math.Abs(v / 1000);
        return t != 0 && t > -3 ? t : DefaultDescent;
    }
}
