using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tests.Fonts.Support;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>Type0 fonts: encoding CMaps, widths in both writing modes, and text without a ToUnicode CMap.</summary>
[TestFixture]
public sealed class CompositeFontTests
{
    private readonly ObjectStore store = new();

    [Test]
    public void Identity_H_reads_two_byte_codes_and_W_gives_widths()
    {
        var font = Load("Identity-H", Make.Dict(("Subtype", Make.Name("CIDFontType2")), ("DW", Make.Number(500)),
            ("W", Make.Array(Make.Number(3), Make.Numbers(250, 260), Make.Number(10), Make.Number(12), Make.Number(700)))));
        Assert.Multiple(() =>
        {
            Assert.That(font.ReadCode([0x00, 0x03, 0x00, 0x0B], 0, out var code), Is.EqualTo(2));
            Assert.That(code, Is.EqualTo(3));
            Assert.That(new[] { font.GetWidth(3), font.GetWidth(4), font.GetWidth(11), font.GetWidth(13) }, Is.EqualTo(new[] { 250.0, 260, 700, 500 }));
            Assert.That(font.IsVertical, Is.False);
        });
    }

    [Test]
    public void Vertical_fonts_advance_by_W2_or_DW2()
    {
        var font = Load("Identity-V", Make.Dict(("Subtype", Make.Name("CIDFontType0")), ("DW2", Make.Numbers(880, -900)),
            ("W2", Make.Array(Make.Number(5), Make.Number(6), Make.Number(-500), Make.Number(250), Make.Number(880)))));
        Assert.That(font.IsVertical, Is.True);
        Assert.That(new[] { font.GetVerticalAdvance(5), font.GetVerticalAdvance(7) }, Is.EqualTo(new[] { -500.0, -900 }));
    }

    [Test]
    public void Unicode_CMaps_give_the_text_of_their_codes()
    {
        var font = Load("UniJIS-UCS2-H", Make.Dict(("Subtype", Make.Name("CIDFontType0")), ("CIDSystemInfo", Info("Japan1"))));
        Assert.That(font.GetUnicode(0x3042), Is.EqualTo("あ"));
    }

    [Test]
    public void Embedded_CMaps_map_codes_to_CIDs_and_build_on_the_CMap_they_use()
    {
        var cmap = Make.Stream("/Identity-H usecmap 1 begincodespacerange <00> <FF> endcodespacerange 1 begincidrange <20> <7E> 1 endcidrange");
        var font = Load(store.Add(cmap), Make.Dict(("Subtype", Make.Name("CIDFontType0")), ("W", Make.Array(Make.Number(34), Make.Numbers(640)))));
        Assert.That(font.ReadCode([0x41], 0, out var code), Is.EqualTo(1));
        Assert.That(font.GetWidth(code), Is.EqualTo(640), "code 0x41 is CID 34");
    }

    [Test]
    public void Without_ToUnicode_an_embedded_TrueType_font_gives_text_through_CIDToGIDMap()
    {
        var program = new SfntBuilder().Format4(3, 1, new Dictionary<int, int> { [0xE6] = 7, [0xF8] = 9 }).Build();
        var descriptor = Make.Dict(("FontFile2", store.Add(Make.Stream(program))));
        var cidToGid = store.Add(Make.Stream(new byte[] { 0, 0, 0, 9, 0, 7 }));
        var font = Load("Identity-H", Make.Dict(("Subtype", Make.Name("CIDFontType2")), ("FontDescriptor", descriptor), ("CIDToGIDMap", cidToGid), ("CIDSystemInfo", Info("Identity"))));
        Assert.That(new[] { font.GetUnicode(1), font.GetUnicode(2) }, Is.EqualTo(new[] { "ø", "æ" }));
    }

    [Test]
    public void Without_ToUnicode_a_name_keyed_CFF_font_gives_text_by_glyph_name()
    {
        var program = Make.Stream(new CffBuilder().Glyph(144).Glyph("Oslash.sc").Build(), ("Subtype", Make.Name("CIDFontType0C")));
        var descriptor = Make.Dict(("FontFile3", store.Add(program)));
        var font = Load("Identity-H", Make.Dict(("Subtype", Make.Name("CIDFontType0")), ("FontDescriptor", descriptor), ("CIDSystemInfo", Info("Identity"))));
        Assert.That(new[] { font.GetUnicode(1), font.GetUnicode(2) }, Is.EqualTo(new[] { "æ", "Ø" }));
    }

    [Test]
    public void Without_ToUnicode_or_program_Identity_fonts_read_the_CID_as_Unicode_like_poppler()
    {
        var identity = Load("Identity-H", Make.Dict(("Subtype", Make.Name("CIDFontType2")), ("CIDSystemInfo", Info("Identity"))));
        var japan = Load("Identity-H", Make.Dict(("Subtype", Make.Name("CIDFontType2")), ("CIDSystemInfo", Info("Japan1"))));
        Assert.That(identity.GetUnicode(0x41), Is.EqualTo("A"));
        Assert.That(japan.GetUnicode(0x41), Is.Null, "Adobe-Japan1 CIDs need the collection's tables");
    }

    [Test]
    public void ToUnicode_alone_gives_the_text_when_present()
    {
        var toUnicode = Make.Stream("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0001> <00E5> endbfchar");
        var font = new FontFactory(store, Make.Decode).Create(Make.Dict(("Subtype", Make.Name("Type0")), ("BaseFont", Make.Name("ABCDEF+Foo-Bold")),
            ("Encoding", Make.Name("Identity-H")), ("ToUnicode", store.Add(toUnicode)),
            ("DescendantFonts", Make.Array(Make.Dict(("Subtype", Make.Name("CIDFontType2")), ("CIDSystemInfo", Info("Identity")))))));
        Assert.That(new[] { font.GetUnicode(1), font.GetUnicode(0x41) }, Is.EqualTo(new[] { "å", null }));
        Assert.That((font.Name, font.IsBold), Is.EqualTo(("Foo-Bold", true)));
    }

    private static PdfDictionary Info(string ordering) => Make.Dict(("Registry", Make.Text("Adobe")), ("Ordering", Make.Text(ordering)), ("Supplement", Make.Number(0)));

    private IFont Load(string encoding, PdfDictionary cidFont) => Load(Make.Name(encoding), cidFont);

    private IFont Load(PdfObject encoding, PdfDictionary cidFont) =>
        new FontFactory(store, Make.Decode).Create(Make.Dict(("Subtype", Make.Name("Type0")), ("BaseFont", Make.Name("Foo")), ("Encoding", encoding),
            ("DescendantFonts", Make.Array(cidFont))));
}
