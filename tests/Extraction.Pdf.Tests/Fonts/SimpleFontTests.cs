using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tests.Fonts.Support;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>Simple fonts end to end from their dictionaries: which encoding applies, widths, metrics and style.</summary>
[TestFixture]
public sealed class SimpleFontTests
{
    private readonly ObjectStore store = new();

    [Test]
    public void WinAnsiEncoding_gives_Danish_letters_and_typographic_characters()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Calibri")), ("Encoding", Make.Name("WinAnsiEncoding"))));
        Assert.That(Text(font, 0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5, 0x96, 0x97, 0x95, 0x92, 0x93, 0x94), Is.EqualTo("æøåÆØÅ–—•’“”"));
    }

    [Test]
    public void Differences_override_the_base_encoding()
    {
        var encoding = Make.Dict(("BaseEncoding", Make.Name("MacRomanEncoding")), ("Differences", Make.Array(Make.Number(0x41), Make.Name("oslash"), Make.Name("aring"))));
        var font = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("Foo")), ("Encoding", encoding)));
        Assert.That(Text(font, 0x41, 0x42, 0x43, 0xBE), Is.EqualTo("øåCæ"));
    }

    [Test]
    public void Without_an_encoding_TrueType_fonts_default_to_WinAnsi_and_others_to_Standard()
    {
        var trueType = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Foo"))));
        var type1 = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("Foo"))));
        Assert.That(Text(trueType, 0x27, 0xE6), Is.EqualTo("'æ"));
        Assert.That(Text(type1, 0x27, 0xF1), Is.EqualTo("’æ"));
    }

    [Test]
    public void The_Symbol_font_uses_its_own_encoding()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("Symbol"))));
        Assert.That(Text(font, 0x61, 0x62, 0xB7), Is.EqualTo("αβ•"));
    }

    [Test]
    public void ZapfDingbats_uses_its_own_encoding_and_glyph_list()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("ZapfDingbats"))));
        Assert.That(Text(font, 0x21, 0x6C), Is.EqualTo("\u2701\u25CF"));
    }

    [Test]
    public void An_embedded_Type1_program_supplies_the_base_encoding_when_the_dictionary_has_none()
    {
        var program = Make.Stream("%!PS-AdobeFont-1.0\n/Encoding 256 array\ndup 1 /oslash put\ndup 2 /Aring put\nreadonly def\ncurrentfile eexec\n");
        var descriptor = Make.Dict(("FontFile", store.Add(program)), ("Flags", Make.Number(4)));
        var font = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("ABCDEF+CMR10")), ("FontDescriptor", descriptor),
            ("Encoding", Make.Dict(("Differences", Make.Array(Make.Number(2), Make.Name("AE")))))));
        Assert.That(Text(font, 1, 2), Is.EqualTo("øÆ"));
        Assert.That(font.Name, Is.EqualTo("CMR10"));
    }

    [Test]
    public void An_embedded_CFF_program_supplies_the_base_encoding_with_StandardEncoding_filling_the_gaps()
    {
        var program = Make.Stream(new CffBuilder().Glyph(144).Glyph(34).Encode(0x01, 1).Encode(0x02, 2).Build(), ("Subtype", Make.Name("Type1C")));
        var descriptor = Make.Dict(("FontFile3", store.Add(program)));
        var font = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("Foo")), ("FontDescriptor", descriptor)));
        Assert.That(Text(font, 1, 2, 0x61), Is.EqualTo("æAa"));
    }

    [Test]
    public void ToUnicode_wins_where_it_maps_and_the_encoding_fills_the_rest()
    {
        var toUnicode = Make.Stream("1 beginbfchar <41> <00D8> endbfchar");
        var font = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Foo")), ("Encoding", Make.Name("WinAnsiEncoding")), ("ToUnicode", store.Add(toUnicode))));
        Assert.That(Text(font, 0x41, 0x42), Is.EqualTo("ØB"));
    }

    [Test]
    public void A_ToUnicode_written_with_CID_mappings_gives_the_CIDs_as_text()
    {
        var toUnicode = Make.Stream("1 begincidrange <41> <42> 229 endcidrange");
        var font = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Foo")), ("ToUnicode", store.Add(toUnicode))));
        Assert.That(Text(font, 0x41, 0x42, 0x43), Is.EqualTo("åæC"));
    }

    [Test]
    public void Widths_come_from_the_dictionary_between_FirstChar_and_LastChar_and_MissingWidth_elsewhere()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Foo")), ("FirstChar", Make.Number(65)), ("LastChar", Make.Number(66)),
            ("Widths", Make.Numbers(600, 700)), ("FontDescriptor", Make.Dict(("MissingWidth", Make.Number(250))))));
        Assert.That(new[] { font.GetWidth(65), font.GetWidth(66), font.GetWidth(67) }, Is.EqualTo(new[] { 600.0, 700, 250 }));
    }

    [Test]
    public void A_standard_font_without_widths_uses_the_AFM_metrics_and_ascent()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("Type1")), ("BaseFont", Make.Name("Arial,Bold")), ("Encoding", Make.Name("WinAnsiEncoding")),
            ("FontDescriptor", Make.Dict(("Ascent", Make.Number(905)), ("Descent", Make.Number(-212))))));
        Assert.Multiple(() =>
        {
            Assert.That(font.GetWidth(0x41), Is.EqualTo(722), "Helvetica-Bold's A");
            Assert.That(font.GetWidth(0xE6), Is.EqualTo(889), "Helvetica-Bold's ae");
            Assert.That((font.Ascent, font.Descent), Is.EqualTo((0.718, -0.207)), "a non-embedded standard font is drawn with the reader's copy");
            Assert.That(font.IsBold, Is.True);
        });
    }

    [Test]
    public void A_non_standard_font_without_widths_borrows_the_substitute_metrics()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Verdana")), ("FontDescriptor", Make.Dict(("Flags", Make.Number(33))))));
        Assert.That(font.GetWidth(0x41), Is.EqualTo(600), "fixed pitch: Courier");
    }

    [Test]
    public void Descriptor_metrics_are_used_with_sign_fixes_and_defaults()
    {
        var withMetrics = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Foo")),
            ("FontDescriptor", Make.Dict(("Ascent", Make.Number(-891)), ("Descent", Make.Number(216))))));
        var without = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name("Foo")), ("FontDescriptor", Make.Dict(("Ascent", Make.Number(0))))));
        Assert.That((withMetrics.Ascent, withMetrics.Descent), Is.EqualTo((0.891, -0.216)));
        Assert.That((without.Ascent, without.Descent), Is.EqualTo((0.95, -0.35)));
    }

    [Test]
    public void Type3_fonts_use_their_font_matrix_widths_and_names()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("Type3")), ("FontMatrix", Make.Numbers(0.01, 0, 0, 0.01, 0, 0)), ("FontBBox", Make.Numbers(0, -20, 100, 80)),
            ("FirstChar", Make.Number(0x6D)), ("LastChar", Make.Number(0x6E)), ("Widths", Make.Numbers(60, 50)),
            ("Encoding", Make.Dict(("Differences", Make.Array(Make.Number(0x6D), Make.Name("m"), Make.Name("aring")))))));
        Assert.Multiple(() =>
        {
            Assert.That(Text(font, 0x6D, 0x6E), Is.EqualTo("må"));
            Assert.That(font.FontMatrix.A, Is.EqualTo(0.01));
            Assert.That(font.GetWidth(0x6D), Is.EqualTo(60));
            Assert.That(font.TextSizeScale, Is.EqualTo(1.0).Within(1e-9), "an 'm' 0.6 em wide means glyphs drawn at the nominal size");
        });
    }

    [Test]
    public void Type3_glyphs_drawn_larger_than_the_nominal_size_scale_the_text_size()
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("Type3")), ("FontMatrix", Make.Numbers(1, 0, 0, 1, 0, 0)),
            ("FirstChar", Make.Number(1)), ("LastChar", Make.Number(1)), ("Widths", Make.Numbers(1.2)),
            ("Encoding", Make.Dict(("Differences", Make.Array(Make.Number(1), Make.Name("x")))))));
        Assert.That(font.TextSizeScale, Is.EqualTo(2.4).Within(1e-9), "no 'm' with a width: the first letter, taken as 0.5 em");
    }

    [TestCase("ABCDEF+Calibri-Bold", 0, 0, true, false)]
    [TestCase("Calibri", 1 << 18, 0, true, false)]
    [TestCase("Calibri", 0, 700, true, false)]
    [TestCase("Calibri", 64, 0, false, true)]
    [TestCase("Garamond,Italic", 0, 0, false, true)]
    [TestCase("MinionPro-It", 0, 0, false, true)]
    [TestCase("Calibri", 32, 400, false, false)]
    public void Bold_and_italic_come_from_flags_weight_and_name(string name, int flags, int weight, bool bold, bool italic)
    {
        var font = Load(Make.Dict(("Subtype", Make.Name("TrueType")), ("BaseFont", Make.Name(name)),
            ("FontDescriptor", Make.Dict(("Flags", Make.Number(flags)), ("FontWeight", Make.Number(weight))))));
        Assert.That((font.IsBold, font.IsItalic), Is.EqualTo((bold, italic)));
    }

    private IFont Load(PdfDictionary font) => new FontFactory(store, Make.Decode).Create(font);

    private static string Text(IFont font, params int[] codes) => string.Concat(codes.Select(font.GetUnicode));
}
