using Extraction.Pdf.Core;
using Extraction.Pdf.CrossReference;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;
using static Extraction.Pdf.Tests.Support.PdfObjects;

namespace Extraction.Pdf.Tests.Filters;

/// <summary>Damaged or hostile encoded data yields a prefix of the data or a typed limit error, never another exception.</summary>
[TestFixture]
public sealed class FilterDamageTests
{
    private static readonly ReaderLimits SmallLimit = new() { MaxDecodedStreamBytes = 64 * 1024 };

    private static readonly string[] AllFilters = ["ASCIIHexDecode", "ASCII85Decode", "LZWDecode", "RunLengthDecode", "FlateDecode"];

    [FsCheck.NUnit.Property]
    public bool Arbitrary_bytes_decode_or_fail_with_a_typed_error(byte[] garbage, byte which)
    {
        var filter = AllFilters[which % AllFilters.Length];
        try
        {
            Decode(garbage, filter, SmallLimit);
            return true;
        }
        catch (PdfReadException ex)
        {
            return ex.Code == PdfErrorCode.LimitExceeded;
        }
    }

    [TestCase("FlateDecode")]
    [TestCase("LZWDecode")]
    [TestCase("RunLengthDecode")]
    [TestCase("ASCII85Decode")]
    public void A_decompression_bomb_stops_at_the_decoded_size_limit(string filter)
    {
        var zeros = new byte[SmallLimit.MaxDecodedStreamBytes * 4];
        var encoded = filter switch
        {
            "FlateDecode" => FilterEncoders.Flate(zeros),
            "LZWDecode" => FilterEncoders.Lzw(zeros),
            "RunLengthDecode" => FilterEncoders.RunLength(zeros),
            _ => FilterEncoders.Ascii85(zeros),
        };

        var error = Assert.Throws<PdfReadException>(() => Decode(encoded, filter, SmallLimit));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.LimitExceeded));
    }

    [Test]
    public void Data_just_at_the_limit_decodes()
    {
        var data = new byte[SmallLimit.MaxDecodedStreamBytes];
        new Random(3).NextBytes(data);

        Assert.That(Decode(FilterEncoders.Flate(data), "FlateDecode", SmallLimit), Is.EqualTo(data));
    }

    [Test]
    public void A_hostile_predictor_width_does_not_allocate_a_huge_row()
    {
        var encoded = FilterEncoders.Flate(new byte[100]);
        var parameters = Dict(("Predictor", Number(15)), ("Columns", Number(int.MaxValue)), ("Colors", Number(32)), ("BitsPerComponent", Number(16)));
        var stream = new PdfStream(Dict(("Filter", Name("FlateDecode")), ("DecodeParms", parameters)), encoded);

        Assert.That(StreamDecoder.Decode(stream, encoded, DirectObjectsOnly.Instance, new ReaderLimits()), Is.Empty);
    }

    [Test]
    public void Damaged_flate_data_keeps_the_bytes_before_the_damage_and_says_so()
    {
        // zlib header, one stored (uncompressed) block with the data, then a block of the reserved type 3.
        var data = Enumerable.Range(0, 200).Select(i => (byte)('a' + i % 26)).ToArray();
        var damaged = new byte[] { 0x78, 0x01, 0x00, (byte)data.Length, 0, (byte)~data.Length, 0xFF }.Concat(data).Append((byte)0x07).ToArray();
        var warnings = new List<ReaderWarning>();

        var decoded = Decode(damaged, "FlateDecode", new ReaderLimits(), warnings);

        Assert.Multiple(() =>
        {
            // The inflater may swallow the last byte or so before the damage along with the failing block.
            Assert.That(decoded, Has.Length.GreaterThanOrEqualTo(data.Length - 4));
            Assert.That(data.AsSpan(0, decoded.Length).SequenceEqual(decoded), Is.True);
            Assert.That(warnings.Select(w => w.Message), Has.One.Contains("damaged"));
            Assert.That(warnings.Select(w => w.Kind), Is.All.EqualTo(ReaderWarningKind.StreamDamaged));
        });
    }

    [Test]
    public void Invalid_characters_end_ascii_data_with_what_was_decoded()
    {
        var ascii85 = FilterEncoders.Ascii85("Hello, world!!!!"u8.ToArray()).ToList();
        ascii85.Insert(10, 0x01);
        var warnings = new List<ReaderWarning>();

        Assert.Multiple(() =>
        {
            Assert.That(Decode("48 65 6cQQ6c6f>"u8.ToArray(), "ASCIIHexDecode", new ReaderLimits(), warnings), Is.EqualTo("Hel"u8.ToArray()));
            Assert.That(Decode(ascii85.ToArray(), "ASCII85Decode", new ReaderLimits(), warnings), Is.EqualTo("Hello, w"u8.ToArray()));
            Assert.That(warnings, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void An_unknown_filter_is_a_corrupt_stream()
    {
        var error = Assert.Throws<PdfReadException>(() => Decode([1, 2, 3], "NoSuchDecode", new ReaderLimits()));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.Corrupt));
    }

    private static byte[] Decode(byte[] encoded, string filter, ReaderLimits limits, List<ReaderWarning>? warnings = null) =>
        StreamDecoder.Decode(new PdfStream(Dict(("Filter", Name(filter))), encoded), encoded, DirectObjectsOnly.Instance, limits, warnings);
}
