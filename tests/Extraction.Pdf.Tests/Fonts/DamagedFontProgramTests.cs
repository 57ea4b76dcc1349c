using System.Text;
using Extraction.Pdf.Fonts.CMaps;
using Extraction.Pdf.Fonts.Programs;
using Extraction.Pdf.Fonts.Programs.Cff;
using Extraction.Pdf.Fonts.Programs.TrueType;
using Extraction.Pdf.Tests.Fonts.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>Damaged font programs must be ignored: the parsers fail only with <see cref="FontFormatException"/>, never hang.</summary>
[TestFixture]
public sealed class DamagedFontProgramTests
{
    private static readonly byte[] Cff = new CffBuilder().Glyph(34).Glyph("uni00E6").Encode(0x41, 1).Encode(0x61, 2).Build();

    private static readonly byte[] Sfnt = new SfntBuilder()
        .Format4(3, 1, new Dictionary<int, int> { [0x41] = 1, [0xE6] = 2 })
        .Format0(1, 0, new Dictionary<int, int> { [0x41] = 1 })
        .Post(".notdef", "A", "ae")
        .Build();

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Damaged_cff_programs_fail_only_with_a_format_error() => Prop.ForAll(Damaged(Cff), data => Survives(() => CffFont.Parse(data)));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Damaged_truetype_programs_fail_only_with_a_format_error() =>
        Prop.ForAll(Damaged(Sfnt), data => Survives(() => GlyphUnicode.FromTrueType(TrueTypeFont.Parse(data), null)));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Arbitrary_bytes_never_break_the_parsers() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))), data =>
            Survives(() => CffFont.Parse(data)) && Survives(() => TrueTypeFont.Parse(data))
            && Survives(() => Type1Program.ReadEncoding(data)) && Survives(() => CMapParser.Parse(data)));

    [Test]
    public void A_damaged_embedded_program_reads_as_absent()
    {
        var store = new ObjectStore();
        var descriptor = Make.Dict(("FontFile3", store.Add(Make.Stream(Cff[..20], ("Subtype", Make.Name("Type1C"))))));
        var program = EmbeddedFontFile.Locate(descriptor, store, Make.Decode)!;
        Assert.That((program.Cff, program.BuiltInEncoding, program.TrueType), Is.EqualTo(((CffFont?)null, (string?[]?)null, (TrueTypeFont?)null)));
    }

    [Test]
    public void Type1_entries_swallowed_by_an_unterminated_string_are_not_read() =>
        Assert.That(Type1Program.ReadEncoding(Encoding.Latin1.GetBytes("/Encoding 256 array ( dup 65 /A put")), Is.All.Null);

    /// <summary>Truncations and byte flips of a valid program.</summary>
    private static Arbitrary<byte[]> Damaged(byte[] valid)
    {
        var truncated = Gen.Choose(0, valid.Length).Select(n => valid[..n]);
        var flipped = from position in Gen.Choose(0, valid.Length - 1)
                      from value in Gen.Choose(0, 255)
                      from count in Gen.Choose(1, 4)
                      select Flip(valid, position, (byte)value, count);
        return Arb.From(Gen.OneOf(truncated, flipped));
    }

    private static byte[] Flip(byte[] valid, int position, byte value, int count)
    {
        var copy = (byte[])valid.Clone();
        for (var i = 0; i < count; i++)
        {
            copy[(position + (i * 7)) % copy.Length] ^= value;
        }

        return copy;
    }

    private static bool Survives(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (FontFormatException)
        {
            return true;
        }
    }
}
