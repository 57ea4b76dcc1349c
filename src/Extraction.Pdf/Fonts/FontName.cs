namespace Extraction.Pdf.Fonts;

/// <summary>Reads style hints from PostScript font names, the only place many fonts state them.</summary>
internal static class FontName
{
    /// <summary>Removes a subset tag: six capital letters and a plus sign ("ABCDEF+Calibri").</summary>
    public static string WithoutSubsetTag(string name) =>
        name.Length > 7 && name[6] == '+' && name.AsSpan(0, 6).IndexOfAnyExceptInRange('A', 'Z') < 0 ? name[7..] : name;

    public static bool LooksBold(string name) =>
        name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase) || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Demi", StringComparison.Ordinal) || name.EndsWith(",B", StringComparison.Ordinal) || name.EndsWith("-B", StringComparison.Ordinal);

    public static bool LooksItalic(string name) =>
        name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(",I", StringComparison.Ordinal) || name.EndsWith("-It", StringComparison.Ordinal);
}
