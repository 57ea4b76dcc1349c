using System.Text;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Fonts.Encodings;
using Extraction.Pdf.Fonts.Standard14;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>The built-in encodings against ISO 32000-1 Annex D and against independent sources of the same tables.</summary>
[TestFixture]
public sealed class EncodingTableTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding MacOsRoman = CodePagesEncodingProvider.Instance.GetEncoding(10000)!;

    [TestCase(0x27, "quoteright")]
    [TestCase(0x60, "quoteleft")]
    [TestCase(0xA4, "fraction")]
    [TestCase(0xA9, "quotesingle")]
    [TestCase(0xB1, "endash")]
    [TestCase(0xD0, "emdash")]
    [TestCase(0xE1, "AE")]
    [TestCase(0xE9, "Oslash")]
    [TestCase(0xF1, "ae")]
    [TestCase(0xF9, "oslash")]
    [TestCase(0xFB, "germandbls")]
    public void StandardEncoding_matches_Annex_D(int code, string name) => Assert.That(StandardEncoding.Names[code], Is.EqualTo(name));

    [TestCase(0x80, "Euro")]
    [TestCase(0x85, "ellipsis")]
    [TestCase(0x91, "quoteleft")]
    [TestCase(0x92, "quoteright")]
    [TestCase(0x93, "quotedblleft")]
    [TestCase(0x94, "quotedblright")]
    [TestCase(0x95, "bullet")]
    [TestCase(0x96, "endash")]
    [TestCase(0x97, "emdash")]
    [TestCase(0xC5, "Aring")]
    [TestCase(0xC6, "AE")]
    [TestCase(0xD8, "Oslash")]
    [TestCase(0xE5, "aring")]
    [TestCase(0xE6, "ae")]
    [TestCase(0xF8, "oslash")]
    public void WinAnsiEncoding_matches_Annex_D(int code, string name) => Assert.That(WinAnsiEncoding.Names[code], Is.EqualTo(name));

    [TestCase(0x81, "Aring")]
    [TestCase(0x8C, "aring")]
    [TestCase(0xAE, "AE")]
    [TestCase(0xAF, "Oslash")]
    [TestCase(0xBE, "ae")]
    [TestCase(0xBF, "oslash")]
    [TestCase(0xCA, "space")]
    [TestCase(0xD0, "endash")]
    [TestCase(0xD5, "quoteright")]
    [TestCase(0xDB, "currency")]
    [TestCase(0xFF, "caron")]
    public void MacRomanEncoding_matches_Annex_D(int code, string name) => Assert.That(MacRomanEncoding.Names[code], Is.EqualTo(name));

    [TestCase(0xAD)]
    [TestCase(0xB0)]
    [TestCase(0xF0)]
    public void MacRomanEncoding_leaves_out_the_characters_PDF_omits(int code)
    {
        Assert.That(MacRomanEncoding.Names[code], Is.Null);
        Assert.That(MacRomanEncoding.MacOsRoman[code], Is.Not.Null);
    }

    [TestCase(0x21, "exclamsmall")]
    [TestCase(0x30, "zerooldstyle")]
    [TestCase(0x56, "ff")]
    [TestCase(0x61, "Asmall")]
    [TestCase(0x7A, "Zsmall")]
    [TestCase(0x87, "Aacutesmall")]
    [TestCase(0xBE, "AEsmall")]
    [TestCase(0xC9, "Cedillasmall")]
    [TestCase(0xCF, "OEsmall")]
    [TestCase(0xFB, "Ringsmall")]
    public void MacExpertEncoding_matches_Annex_D(int code, string name) => Assert.That(MacExpertEncoding.Names[code], Is.EqualTo(name));

    [TestCase(0x61, "alpha")]
    [TestCase(0x22, "universal")]
    [TestCase(0xA0, "Euro")]
    [TestCase(0xB7, "bullet")]
    [TestCase(0xE5, "summation")]
    public void SymbolEncoding_matches_Annex_D(int code, string name) => Assert.That(SymbolEncoding.Names[code], Is.EqualTo(name));

    [TestCase(0x21, "a1")]
    [TestCase(0x6C, "a71")]
    [TestCase(0xA8, "a112")]
    [TestCase(0xFE, "a191")]
    public void ZapfDingbatsEncoding_matches_Annex_D(int code, string name) => Assert.That(ZapfDingbatsEncoding.Names[code], Is.EqualTo(name));

    /// <summary>The AFM files of the standard fonts carry their built-in encodings: an independent copy of the same tables.</summary>
    [TestCase("Helvetica")]
    [TestCase("Symbol")]
    [TestCase("ZapfDingbats")]
    public void Tables_agree_with_the_encodings_in_the_standard_font_metrics(string font)
    {
        var table = font switch { "Symbol" => SymbolEncoding.Names, "ZapfDingbats" => ZapfDingbatsEncoding.Names, _ => StandardEncoding.Names };
        Assert.That(table, Is.EqualTo(Standard14Fonts.Find(font)!.BuiltInEncoding));
    }

    [Test]
    public void WinAnsiEncoding_decodes_as_code_page_1252()
    {
        for (var code = 0x20; code < 0x100; code++)
        {
            var expected = Windows1252.GetString([(byte)code]);
            var name = WinAnsiEncoding.Names[code]!;
            if (expected[0] is '\u00A0' or '\u00AD' || (expected[0] < 0x100 && char.IsControl(expected[0])))
            {
                // Annex D gives the no-break space and soft hyphen the names space and hyphen; unused codes show the bullet.
                continue;
            }

            Assert.That(GlyphList.ToUnicode(name), Is.EqualTo(expected), $"code 0x{code:X2} ({name})");
        }
    }

    [Test]
    public void MacRomanEncoding_decodes_as_Mac_OS_Roman()
    {
        for (var code = 0x20; code < 0x100; code++)
        {
            if (MacRomanEncoding.MacOsRoman[code] is not { } name || code is 0xCA or 0xDB or 0x7F or 0xF0 or 0xBD)
            {
                // 0xCA is the no-break space (named space), 0xDB the currency sign that Apple later made the euro.
                continue;
            }

            Assert.That(GlyphList.ToUnicode(name), Is.EqualTo(MacOsRoman.GetString([(byte)code])), $"code 0x{code:X2} ({name})");
        }
    }

    [Test]
    public void PdfDocEncoding_as_glyph_names_agrees_with_the_text_string_table()
    {
        for (var code = 0; code < 0x100; code++)
        {
            if (PdfDocFontEncoding.Names[code] is { } name)
            {
                Assert.That(GlyphList.ToUnicode(name), Is.EqualTo(PdfDocEncoding.ToChar((byte)code).ToString()), $"code 0x{code:X2} ({name})");
            }
        }
    }

    [TestCase("WinAnsiEncoding")]
    [TestCase("MacRomanEncoding")]
    [TestCase("MacExpertEncoding")]
    public void The_encodings_a_font_may_name_are_known(string name) => Assert.That(BuiltInEncodings.ForName(name), Is.Not.Null);
}
