using System.Text;
using Extraction.Pdf.Fonts.Programs;
using Extraction.Pdf.Fonts.Programs.Cff;
using Extraction.Pdf.Fonts.Programs.TrueType;
using Extraction.Pdf.Tests.Fonts.Support;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>The font program parsers on small programs built here, so each table's content is known.</summary>
[TestFixture]
public sealed class FontProgramTests
{
    [Test]
    public void Cff_charset_names_glyphs_by_standard_and_custom_strings()
    {
        var font = CffFont.Parse(new CffBuilder().Glyph(34).Glyph(144).Glyph("f_f_i").Build());
        Assert.Multiple(() =>
        {
            Assert.That(font.IsCidKeyed, Is.False);
            Assert.That(font.GlyphCount, Is.EqualTo(4));
            Assert.That(Enumerable.Range(0, 4).Select(font.GlyphName), Is.EqualTo(new[] { ".notdef", "A", "ae", "f_f_i" }));
        });
    }

    [Test]
    public void Cff_without_an_encoding_offset_uses_StandardEncoding()
    {
        var font = CffFont.Parse(new CffBuilder().Glyph(34).Build());
        Assert.That(font.Encoding![0x41], Is.EqualTo("A"));
        Assert.That(font.Encoding[0x27], Is.EqualTo("quoteright"));
    }

    [Test]
    public void Cff_custom_encoding_maps_codes_to_glyph_names()
    {
        var font = CffFont.Parse(new CffBuilder().Glyph(144).Glyph("Oslash.sc").Encode(0x01, 1).Encode(0x02, 2).Build());
        Assert.That(new[] { font.Encoding![1], font.Encoding[2], font.Encoding[0x41] }, Is.EqualTo(new[] { "ae", "Oslash.sc", null }));
    }

    [Test]
    public void Cid_keyed_cff_maps_CIDs_to_glyphs_through_its_charset()
    {
        var font = CffFont.Parse(new CffBuilder().CidKeyed().Glyph(500).Glyph(17).Build());
        Assert.Multiple(() =>
        {
            Assert.That(font.IsCidKeyed, Is.True);
            Assert.That(font.Encoding, Is.Null);
            Assert.That(font.GlyphForCid(500), Is.EqualTo(1));
            Assert.That(font.GlyphForCid(17), Is.EqualTo(2));
            Assert.That(font.GlyphForCid(18), Is.Null);
            Assert.That(font.GlyphName(1), Is.Null, "CID-keyed fonts name no glyphs");
        });
    }

    [Test]
    public void TrueType_cmaps_and_post_names_are_read()
    {
        var font = TrueTypeFont.Parse(new SfntBuilder()
            .Format4(3, 1, new Dictionary<int, int> { [0x41] = 1, [0xE5] = 2, [0x2013] = 3 })
            .Format0(1, 0, new Dictionary<int, int> { [0x41] = 1, [0x8C] = 2 })
            .Post(".notdef", "A", "aring", "endash.alt")
            .Build());
        Assert.Multiple(() =>
        {
            Assert.That(font.FindCmap(3, 1)!.GlyphFor(0x2013), Is.EqualTo(3));
            Assert.That(font.FindCmap(3, 1)!.GlyphFor(0x42), Is.Null);
            Assert.That(font.FindCmap(1, 0)!.GlyphFor(0x8C), Is.EqualTo(2));
            Assert.That(Enumerable.Range(0, 4).Select(font.GlyphName), Is.EqualTo(new[] { ".notdef", "A", "aring", "endash.alt" }));
        });
    }

    [Test]
    public void Glyph_unicode_inverts_the_Unicode_cmap_then_falls_back_to_glyph_names()
    {
        var font = TrueTypeFont.Parse(new SfntBuilder()
            .Format4(3, 1, new Dictionary<int, int> { [0x41] = 1, [0xC5] = 2, [0x212B] = 2 })
            .Post(".notdef", "A", "Aring", "oslash", "glyph4")
            .Build());
        var unicode = GlyphUnicode.FromTrueType(font, null);
        Assert.Multiple(() =>
        {
            Assert.That(unicode[1], Is.EqualTo("A"));
            Assert.That(unicode[2], Is.EqualTo("Å"), "the smallest code wins over the Ångström sign");
            Assert.That(unicode[3], Is.EqualTo("ø"), "from the 'post' name");
            Assert.That(unicode.ContainsKey(4), Is.False);
        });
    }

    [Test]
    public void Symbol_cmaps_are_searched_at_the_code_and_at_U_F000_plus_the_code()
    {
        var program = EmbeddedProgram(new SfntBuilder()
            .Format4(3, 0, new Dictionary<int, int> { [0xF041] = 1 })
            .Post(".notdef", "bullet")
            .Build());
        Assert.That(SimpleGlyphUnicode.For(program)(0x41), Is.EqualTo("•"));
    }

    [Test]
    public void Type1_encoding_array_is_read_from_the_cleartext()
    {
        const string program = """
            %!PS-AdobeFont-1.0: Test 001.000
            /FontName /Test def
            /Encoding 256 array
            0 1 255 {1 index exch /.notdef put} for
            dup 65 /A put dup 8#102 /Oslash put
            dup 3 /f_f put
            readonly def
            currentfile eexec
            """;
        var encoding = Type1Program.ReadEncoding(Encoding.Latin1.GetBytes(program + "\u0080\u00FF binary"))!;
        Assert.That(new[] { encoding[65], encoding[0x42], encoding[3], encoding[66 + 1] }, Is.EqualTo(new[] { "A", "Oslash", "f_f", null }));
    }

    [Test]
    public void Type1_StandardEncoding_is_recognised_also_in_pfb_segments()
    {
        var text = Encoding.Latin1.GetBytes("%!FontType1\n/Encoding StandardEncoding def\ncurrentfile eexec\n");
        byte[] pfb = [0x80, 0x01, (byte)text.Length, 0, 0, 0, .. text, 0x80, 0x02, 4, 0, 0, 0, 1, 2, 3, 4];
        Assert.That(Type1Program.ReadEncoding(pfb)![0x27], Is.EqualTo("quoteright"));
    }

    [Test]
    public void Type1_without_an_encoding_gives_none() => Assert.That(Type1Program.ReadEncoding("%!PS\n/FontName /X def\n"u8), Is.Null);

    private static EmbeddedFontFile EmbeddedProgram(byte[] data)
    {
        var store = new ObjectStore();
        var descriptor = Make.Dict(("FontFile2", store.Add(Make.Stream(data))));
        return EmbeddedFontFile.Locate(descriptor, store, Make.Decode)!;
    }
}
