using Extraction.Pdf.Fonts.CMaps;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>Predefined CMaps known without their data files: identity, Unicode and national character-set CMaps.</summary>
[TestFixture]
public sealed class PredefinedCMapsTests
{
    [Test]
    public void Identity_maps_two_byte_codes_to_equal_CIDs()
    {
        var cmap = PredefinedCMaps.Get("Identity-H")!;
        Assert.That(cmap.ReadCode([0x12, 0x34], 0, out var code), Is.EqualTo(2));
        Assert.That(cmap.GetCid(code), Is.EqualTo(0x1234));
        Assert.That(cmap.WritingMode, Is.Zero);
    }

    [Test]
    public void The_V_variants_write_vertically() => Assert.That(PredefinedCMaps.Get("Identity-V")!.WritingMode, Is.EqualTo(1));

    [TestCase("UniGB-UCS2-H", new byte[] { 0x4E, 0x2D }, "中")]
    [TestCase("UniJIS-UCS2-H", new byte[] { 0x30, 0x42 }, "あ")]
    [TestCase("UniKS-UTF16-H", new byte[] { 0xD8, 0x3D, 0xDE, 0x00 }, "😀")]
    [TestCase("UniCNS-UTF16-V", new byte[] { 0x4E, 0x2D }, "中")]
    [TestCase("UniJIS-UTF32-H", new byte[] { 0x00, 0x00, 0x30, 0x42 }, "あ")]
    [TestCase("90ms-RKSJ-H", new byte[] { 0x82, 0xA0 }, "あ")]
    [TestCase("90ms-RKSJ-H", new byte[] { 0x41 }, "A")]
    [TestCase("GBK-EUC-H", new byte[] { 0xD6, 0xD0 }, "中")]
    [TestCase("B5pc-H", new byte[] { 0xA4, 0xA4 }, "中")]
    [TestCase("KSCms-UHC-H", new byte[] { 0xB0, 0xA1 }, "가")]
    [TestCase("EUC-H", new byte[] { 0xA4, 0xA2 }, "あ")]
    [TestCase("H", new byte[] { 0x24, 0x22 }, "あ")]
    public void Character_set_CMaps_give_the_text_of_each_code(string name, byte[] bytes, string expected)
    {
        var cmap = PredefinedCMaps.Get(name)!;
        var length = cmap.ReadCode(bytes, 0, out var code);
        Assert.That(length, Is.EqualTo(bytes.Length));
        Assert.That(cmap.GetCodeText(code), Is.EqualTo(expected));
    }

    [TestCase("Adobe-Japan1-6")]
    [TestCase("NoSuchCMap-H")]
    public void Unknown_names_are_not_served(string name) => Assert.That(PredefinedCMaps.Get(name), Is.Null);
}
