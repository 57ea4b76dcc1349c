namespace Extraction.Pdf.Fonts;

/// <summary>Bold and italic as far as the font tells: descriptor weight and flags first, then the font's name.</summary>
internal readonly record struct FontStyle(bool IsBold, bool IsItalic)
{
    /// <summary>/FontWeight 600 (semibold) and above reads as bold.</summary>
    private const double BoldWeight = 600;

    public static FontStyle From(string name, FontDescriptor descriptor) => new(
        descriptor.IsForceBold || descriptor.FontWeight >= BoldWeight || FontName.LooksBold(name),
        descriptor.IsItalicFlag || descriptor.ItalicAngle != 0 || FontName.LooksItalic(name));
}
