namespace Extraction.Pdf.Fonts.Standard14;

/// <summary>The metrics of one standard-14 font as its AFM file gives them (glyph space, thousandths of an em).</summary>
/// <param name="Ascent">Ascender, or the top of the bounding box for fonts without one (Symbol, ZapfDingbats).</param>
/// <param name="Descent">Descender, or the bottom of the bounding box.</param>
/// <param name="BuiltInEncoding">Glyph name per code in the font's own encoding.</param>
internal sealed record FontMetrics(
    string Name,
    double Ascent,
    double Descent,
    IReadOnlyDictionary<string, double> Widths,
    string?[] BuiltInEncoding)
{
    public double? GetWidth(string glyphName) => Widths.TryGetValue(glyphName, out var width) ? width : null;
}
