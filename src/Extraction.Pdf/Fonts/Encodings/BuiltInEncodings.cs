namespace Extraction.Pdf.Fonts.Encodings;

/// <summary>The predefined encodings a font dictionary may name in /Encoding or /BaseEncoding (ISO 32000-1 §9.6.6).</summary>
internal static class BuiltInEncodings
{
    /// <summary>
    /// The table for an encoding name, or null for names a reader need not know. StandardEncoding is not a legal
    /// /Encoding value but appears in the wild and means what it says.
    /// </summary>
    public static string?[]? ForName(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsiEncoding.Names,
        "MacRomanEncoding" => MacRomanEncoding.Names,
        "MacExpertEncoding" => MacExpertEncoding.Names,
        "StandardEncoding" => StandardEncoding.Names,
        "PDFDocEncoding" => PdfDocFontEncoding.Names,
        "SymbolEncoding" => SymbolEncoding.Names,
        "ZapfDingbatsEncoding" => ZapfDingbatsEncoding.Names,
        _ => null,
    };
}
