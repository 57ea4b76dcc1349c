using Extraction.Pdf.Fonts;
using Extraction.Pdf.Fonts.Standard14;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>The standard-14 metrics from the AFM files, and the names producers use for those fonts.</summary>
[TestFixture]
public sealed class Standard14FontsTests
{
    [TestCase("Helvetica", "A", 667)]
    [TestCase("Helvetica-Bold", "aring", 556)]
    [TestCase("Times-Roman", "oslash", 500)]
    [TestCase("Times-Italic", "AE", 889)]
    [TestCase("Courier", "W", 600)]
    [TestCase("Courier-BoldOblique", "emdash", 600)]
    [TestCase("Symbol", "alpha", 631)]
    [TestCase("ZapfDingbats", "a1", 974)]
    public void Widths_come_from_the_AFM_files(string font, string glyph, double width) =>
        Assert.That(Standard14Fonts.Find(font)!.GetWidth(glyph), Is.EqualTo(width));

    [TestCase("Helvetica", 718, -207)]
    [TestCase("Times-Roman", 683, -217)]
    [TestCase("Courier", 629, -157)]
    [TestCase("Symbol", 1010, -293)]
    [TestCase("ZapfDingbats", 820, -143)]
    public void Ascent_is_the_ascender_or_else_the_bounding_box(string font, double ascent, double descent)
    {
        var metrics = Standard14Fonts.Find(font)!;
        Assert.That((metrics.Ascent, metrics.Descent), Is.EqualTo((ascent, descent)));
    }

    [TestCase("Arial", "Helvetica")]
    [TestCase("ArialMT", "Helvetica")]
    [TestCase("Arial,Bold", "Helvetica-Bold")]
    [TestCase("Arial-BoldMT", "Helvetica-Bold")]
    [TestCase("Arial-ItalicMT", "Helvetica-Oblique")]
    [TestCase("Arial,BoldItalic", "Helvetica-BoldOblique")]
    [TestCase("Arial-BoldItalicMT", "Helvetica-BoldOblique")]
    [TestCase("TimesNewRoman", "Times-Roman")]
    [TestCase("TimesNewRomanPSMT", "Times-Roman")]
    [TestCase("TimesNewRomanPS-BoldMT", "Times-Bold")]
    [TestCase("TimesNewRoman,Italic", "Times-Italic")]
    [TestCase("TimesNewRomanPSMT,BoldItalic", "Times-BoldItalic")]
    [TestCase("Times New Roman,Bold", "Times-Bold")]
    [TestCase("CourierNew", "Courier")]
    [TestCase("CourierNewPSMT", "Courier")]
    [TestCase("CourierNew,Bold", "Courier-Bold")]
    [TestCase("CourierNewPS-ItalicMT", "Courier-Oblique")]
    [TestCase("Helvetica-BoldOblique", "Helvetica-BoldOblique")]
    [TestCase("Helvetica-Italic", "Helvetica-Oblique")]
    [TestCase("Symbol,Bold", "Symbol")]
    [TestCase("SymbolMT", "Symbol")]
    [TestCase("ZapfDingbats", "ZapfDingbats")]
    public void Aliases_resolve_to_the_standard_font(string baseFont, string standard) =>
        Assert.That(Standard14Fonts.CanonicalName(baseFont), Is.EqualTo(standard));

    [TestCase("ABCDEF+Arial")]
    [TestCase("Times")]
    [TestCase("Arial-Black")]
    [TestCase("ArialNarrow")]
    [TestCase("Calibri")]
    [TestCase("")]
    [TestCase(null)]
    public void Other_fonts_are_not_standard(string? baseFont) => Assert.That(Standard14Fonts.CanonicalName(baseFont), Is.Null);

    [TestCase(FixedPitch, "Courier")]
    [TestCase(Serif, "Times-Roman")]
    [TestCase(Serif | Italic, "Times-Italic")]
    [TestCase(Serif | ForceBold, "Times-Bold")]
    [TestCase(Nonsymbolic, "Helvetica")]
    [TestCase(Nonsymbolic | ForceBold | Italic, "Helvetica-BoldOblique")]
    public void Substitutes_follow_the_descriptor_flags(int flags, string expected)
    {
        var descriptor = FontDescriptor.None with { Flags = flags };
        Assert.That(Standard14Fonts.Substitute(descriptor).Name, Is.EqualTo(expected));
    }

    private const int FixedPitch = 1;
    private const int Serif = 2;
    private const int Nonsymbolic = 32;
    private const int Italic = 64;
    private const int ForceBold = 1 << 18;
}
