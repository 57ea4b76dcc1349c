using Extraction.Pdf.Fonts;
using Extraction.Pdf.Fonts.Simple;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>Glyph names to Unicode: the AGL rules, and poppler's handling of names the AGL does not know.</summary>
[TestFixture]
public sealed class GlyphNameUnicodeTests
{
    [TestCase("A", "A")]
    [TestCase("aring", "å")]
    [TestCase("oslash", "ø")]
    [TestCase("AE", "Æ")]
    [TestCase("endash", "–")]
    [TestCase("emdash", "—")]
    [TestCase("bullet", "•")]
    [TestCase("quoteright", "’")]
    [TestCase("quotedblleft", "“")]
    [TestCase("quotedblright", "”")]
    [TestCase("uni00E6", "æ")]
    [TestCase("uni00660069", "fi")]
    [TestCase("u1F600", "😀")]
    [TestCase("a.sc", "a")]
    [TestCase("f_f_i", "ffi")]
    [TestCase("T_h.alt", "Th")]
    public void Agl_rules_give_the_character(string name, string expected) => Assert.That(GlyphList.ToUnicode(name), Is.EqualTo(expected));

    [TestCase(".notdef")]
    [TestCase("uniD800")]
    [TestCase("uni12")]
    [TestCase("g12")]
    public void Names_without_meaning_give_nothing(string name) => Assert.That(GlyphList.ToUnicode(name), Is.Null);

    [Test]
    public void Known_names_map_and_presentation_form_ligatures_expand()
    {
        var unicode = Map(new() { [65] = "A", [66] = "fi" });
        Assert.That(unicode[65], Is.EqualTo("A"));
        Assert.That(unicode[66], Is.EqualTo("fi"));
        Assert.That(unicode[67], Is.Null, "with every name known, codes without a name stay empty");
    }

    [Test]
    public void ZapfDingbats_names_mean_nothing_in_other_fonts() =>
        Assert.That(Map(new() { [0x21] = "a1" })[0x21], Is.EqualTo("!"), "unknown there, so the code passes through");

    [Test]
    public void ZapfDingbats_names_count_in_the_ZapfDingbats_font() =>
        Assert.That(GlyphNameUnicode.Map(Names(new() { [0x21] = "a1" }), zapfDingbats: true, null)[0x21], Is.EqualTo("\u2701"));

    [Test]
    public void An_unknown_name_makes_unmapped_codes_pass_through_as_their_own_value()
    {
        var unicode = Map(new() { [65] = "A", [1] = "glyph1", [0x41 + 1] = "uni0062", [3] = "f_uni0069" });
        Assert.Multiple(() =>
        {
            Assert.That(unicode[1], Is.EqualTo("\u0001"), "poppler prints the code itself");
            Assert.That(unicode[0x42], Is.EqualTo("b"));
            Assert.That(unicode[3], Is.EqualTo("fi"));
            Assert.That(unicode[200], Is.EqualTo("\u00C8"), "codes without a name pass through too");
        });
    }

    [Test]
    public void Numeric_names_read_as_numbers_when_the_whole_encoding_is_made_of_them()
    {
        var differences = new DifferencesSummary([1], ["g65", "g66", "c67"], false);
        var unicode = GlyphNameUnicode.Map(Names(new() { [1] = "g65", [2] = "g66", [3] = "c67" }), false, differences);
        Assert.That(new[] { unicode[1], unicode[2], unicode[3] }, Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Hexadecimal_names_read_as_hexadecimal_when_one_has_a_hex_letter()
    {
        var differences = new DifferencesSummary([0], ["G41", "G3F", "G42"], false);
        var unicode = GlyphNameUnicode.Map(Names(new() { [0] = "G41", [1] = "G3F", [2] = "G42" }), false, differences);
        Assert.That(new[] { unicode[0], unicode[1], unicode[2] }, Is.EqualTo(new[] { "A", "?", "B" }));
    }

    [Test]
    public void Numeric_names_are_not_numbers_when_the_differences_start_late()
    {
        var differences = new DifferencesSummary([65], ["g66"], false);
        var unicode = GlyphNameUnicode.Map(Names(new() { [65] = "g66" }), false, differences);
        Assert.That(unicode[65], Is.EqualTo("A"), "the code passes through instead");
    }

    [TestCase("g12", false, 12)]
    [TestCase("cid123", false, -1)]
    [TestCase("c65", false, 65)]
    [TestCase("ab7.", false, 7)]
    [TestCase("G3F", true, 0x3F)]
    [TestCase("3F", true, 0x3F)]
    [TestCase("G3F1", true, -1)]
    [TestCase("x", false, -1)]
    public void NumericName_parses_like_poppler(string name, bool hex, int expected)
    {
        var parsed = NumericName.TryParse(name, hex, out var value);
        Assert.That(parsed ? value : -1, Is.EqualTo(expected));
    }

    private static string?[] Map(Dictionary<int, string> names) => GlyphNameUnicode.Map(Names(names), false, null);

    private static string?[] Names(Dictionary<int, string> names)
    {
        var table = new string?[256];
        foreach (var (code, name) in names)
        {
            table[code] = name;
        }

        return table;
    }
}
