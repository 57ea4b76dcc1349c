using System.Text;
using Extraction.Pdf.Fonts.CMaps;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>CMap programs: codespaces, bfchar, bfrange in both forms, cidchar/cidrange, usecmap and writing mode.</summary>
[TestFixture]
public sealed class CMapParserTests
{
    [Test]
    public void Bfchar_maps_single_codes_to_text_including_surrogate_pairs_and_ligatures()
    {
        var cmap = Parse("""
            1 begincodespacerange <00> <FF> endcodespacerange
            3 beginbfchar
            <41> <0041>
            <42> <D83DDE00>
            <43> <00660069>
            endbfchar
            """);
        Assert.That(new[] { cmap.GetUnicode(0x41), cmap.GetUnicode(0x42), cmap.GetUnicode(0x43), cmap.GetUnicode(0x44) },
            Is.EqualTo(new[] { "A", "😀", "fi", null }));
    }

    [Test]
    public void Bfrange_with_a_start_string_increments_the_last_byte()
    {
        var cmap = Parse("1 beginbfrange <0010> <0012> <00E5> endbfrange");
        Assert.That(new[] { cmap.GetUnicode(0x10), cmap.GetUnicode(0x11), cmap.GetUnicode(0x12) }, Is.EqualTo(new[] { "å", "æ", "ç" }));
    }

    [Test]
    public void Bfrange_with_an_array_maps_each_code_to_its_entry()
    {
        var cmap = Parse("1 beginbfrange <0001> <0003> [<00C6> <00D8> <00660066>] endbfrange");
        Assert.That(new[] { cmap.GetUnicode(1), cmap.GetUnicode(2), cmap.GetUnicode(3) }, Is.EqualTo(new[] { "Æ", "Ø", "ff" }));
    }

    [Test]
    public void Mixed_length_codespaces_split_strings_into_codes()
    {
        var cmap = Parse("2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange");
        byte[] bytes = [0x41, 0x81, 0x40, 0x42];
        var codes = new List<int>();
        for (var offset = 0; offset < bytes.Length;)
        {
            offset += cmap.ReadCode(bytes, offset, out var code);
            codes.Add(code);
        }

        Assert.That(codes, Is.EqualTo(new[] { 0x41, 0x8140, 0x42 }));
    }

    [Test]
    public void Cid_mappings_come_from_cidchar_and_cidrange()
    {
        var cmap = Parse("""
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            1 begincidchar <0005> 100 endcidchar
            1 begincidrange <0010> <0020> 200 endcidrange
            """);
        Assert.That(new[] { cmap.GetCid(5), cmap.GetCid(0x10), cmap.GetCid(0x15), cmap.GetCid(0x30) }, Is.EqualTo(new int?[] { 100, 200, 205, null }));
    }

    [Test]
    public void Usecmap_inherits_codespaces_cids_and_writing_mode_from_the_named_CMap()
    {
        var cmap = CMapParser.Parse(Encoding.ASCII.GetBytes("/Identity-V usecmap 1 begincidchar <0001> 7 endcidchar"), null, PredefinedCMaps.Get);
        Assert.Multiple(() =>
        {
            Assert.That(cmap.GetCid(1), Is.EqualTo(7), "own mappings win");
            Assert.That(cmap.GetCid(0x1234), Is.EqualTo(0x1234), "the rest comes from Identity-V");
            Assert.That(cmap.WritingMode, Is.EqualTo(1));
            Assert.That(cmap.Codespaces, Has.Count.EqualTo(1));
        });
    }

    [TestCase("<7FFFFFF0> <7FFFFFFF>", 0x7FFFFFFF)]
    [TestCase("<FFFFFFF0> <FFFFFFFF>", -1)]
    public void Ranges_at_the_top_of_the_four_byte_code_space_end(string range, int lastCode)
    {
        var cmap = Parse($"1 beginbfrange {range} <0041> endbfrange");
        Assert.That(cmap.GetUnicode(lastCode), Is.EqualTo("P"));
        Assert.That(cmap.MappedCodes.Count(), Is.EqualTo(16));
    }

    [Test]
    public void Ranges_running_over_the_code_space_are_ignored() =>
        Assert.That(Parse("1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange").HasUnicode, Is.False);

    [Test]
    public void WMode_is_read() => Assert.That(Parse("/WMode 1 def").WritingMode, Is.EqualTo(1));

    [Test]
    public void Garbage_after_valid_entries_keeps_what_was_read()
    {
        var cmap = Parse("1 beginbfchar <41> <0042> endbfchar 2 beginbfchar <42> ) ( >> [ <<");
        Assert.That(cmap.GetUnicode(0x41), Is.EqualTo("B"));
    }

    [FsCheck.NUnit.Property]
    public Property A_bfrange_maps_every_code_in_it_to_consecutive_characters()
    {
        var ranges = from low in Gen.Choose(0, 0xFF00)
                     from span in Gen.Choose(0, 0xFF)
                     from start in Gen.Choose(0x20, 0xD000)
                     select (low, span, start);
        return Prop.ForAll(Arb.From(ranges), r =>
        {
            var cmap = Parse($"1 beginbfrange <{r.low:X4}> <{r.low + r.span:X4}> <{r.start:X4}> endbfrange");
            return Enumerable.Range(0, r.span + 1).All(i => cmap.GetUnicode(r.low + i) == ((char)(r.start + i)).ToString())
                && cmap.GetUnicode(r.low + r.span + 1) is null;
        });
    }

    [FsCheck.NUnit.Property]
    public Property Codes_read_under_two_byte_codespaces_consume_two_bytes()
    {
        var cmap = Parse("1 begincodespacerange <0000> <FFFF> endcodespacerange");
        return Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))), bytes =>
        {
            var consumed = 0;
            for (var offset = 0; offset < bytes.Length;)
            {
                var length = cmap.ReadCode(bytes, offset, out _);
                if (length < 1)
                {
                    return false;
                }

                offset += length;
                consumed += length;
            }

            return consumed == bytes.Length;
        });
    }

    private static CMap Parse(string text) => CMapParser.Parse(Encoding.ASCII.GetBytes(text));
}
