using Extraction.Pdf.Core;
using Extraction.Pdf.CrossReference;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;
using static Extraction.Pdf.Tests.Support.PdfObjects;

namespace Extraction.Pdf.Tests.Filters;

/// <summary>Every decoding filter inverts an independent encoder, under its full name and its abbreviation.</summary>
[TestFixture]
public sealed class FilterRoundTripTests
{
    private static readonly ReaderLimits Limits = new();

    [FsCheck.NUnit.Property]
    public bool AsciiHex_round_trips(byte[] data, bool withWhitespace) =>
        Decode(FilterEncoders.AsciiHex(data, withWhitespace), "ASCIIHexDecode").SequenceEqual(data);

    [FsCheck.NUnit.Property]
    public bool Ascii85_round_trips(byte[] data, bool withLineBreaks) =>
        Decode(FilterEncoders.Ascii85(data, withLineBreaks), "ASCII85Decode").SequenceEqual(data);

    [FsCheck.NUnit.Property]
    public bool RunLength_round_trips(byte[] data) =>
        Decode(FilterEncoders.RunLength(data), "RunLengthDecode").SequenceEqual(data);

    [FsCheck.NUnit.Property]
    public bool Lzw_round_trips(byte[] data, bool earlyChange) =>
        Decode(FilterEncoders.Lzw(data, earlyChange), "LZWDecode", EarlyChange(earlyChange)).SequenceEqual(data);

    [FsCheck.NUnit.Property]
    public bool Flate_round_trips(byte[] data) =>
        Decode(FilterEncoders.Flate(data), "FlateDecode").SequenceEqual(data);

    [TestCase(true)]
    [TestCase(false)]
    public void Lzw_round_trips_through_every_code_width_and_table_reset(bool earlyChange)
    {
        // Low-entropy data long enough to fill the 4096-entry table several times.
        var random = new Random(7);
        var data = new byte[200_000];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)(random.Next(12) + (i / 5000 % 3) * 40);
        }

        var decoded = Decode(FilterEncoders.Lzw(data, earlyChange), "LZWDecode", EarlyChange(earlyChange));

        Assert.That(decoded, Is.EqualTo(data));
    }

    [Test]
    public void Lzw_decodes_the_specification_example()
    {
        // ISO 32000-1 §7.4.4.2: 45 45 45 45 45 65 45 45 45 66 encodes to these codes.
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        var decoded = Decode(encoded, "LZWDecode");

        Assert.That(decoded, Is.EqualTo(new byte[] { 45, 45, 45, 45, 45, 65, 45, 45, 45, 66 }));
    }

    [TestCase("AHx", "ASCIIHexDecode")]
    [TestCase("A85", "ASCII85Decode")]
    [TestCase("LZW", "LZWDecode")]
    [TestCase("RL", "RunLengthDecode")]
    [TestCase("Fl", "FlateDecode")]
    public void Abbreviated_names_decode_like_full_names(string abbreviation, string fullName)
    {
        var data = "BT /F1 12 Tf (Budget 2024) Tj ET"u8.ToArray();
        var encoded = fullName switch
        {
            "ASCIIHexDecode" => FilterEncoders.AsciiHex(data),
            "ASCII85Decode" => FilterEncoders.Ascii85(data),
            "LZWDecode" => FilterEncoders.Lzw(data),
            "RunLengthDecode" => FilterEncoders.RunLength(data),
            _ => FilterEncoders.Flate(data),
        };

        Assert.That(Decode(encoded, abbreviation), Is.EqualTo(data));
    }

    [Test]
    public void Filters_chain_in_order()
    {
        var data = "q 1 0 0 1 50 700 cm Q"u8.ToArray();
        var encoded = FilterEncoders.Ascii85(FilterEncoders.Flate(data));
        var stream = new PdfStream(Dict(("Filter", Array(Name("A85"), Name("Fl")))), encoded);

        Assert.That(StreamDecoder.Decode(stream, encoded, DirectObjectsOnly.Instance, Limits), Is.EqualTo(data));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Lzw_applies_the_png_predictor(bool earlyChange)
    {
        const int columns = 7;
        var rows = Enumerable.Range(0, 40).SelectMany(r => Enumerable.Range(0, columns).Select(c => (byte)(r * 3 + c))).ToArray();
        var encoded = FilterEncoders.Lzw(FilterEncoders.PngUp(rows, columns), earlyChange);
        var parameters = Dict(("Predictor", Number(12)), ("Columns", Number(columns)), ("EarlyChange", Number(earlyChange ? 1 : 0)));

        Assert.That(Decode(encoded, "LZWDecode", parameters), Is.EqualTo(rows));
    }

    [TestCase("DCTDecode")]
    [TestCase("DCT")]
    [TestCase("JPXDecode")]
    [TestCase("CCITTFaxDecode")]
    [TestCase("CCF")]
    [TestCase("JBIG2Decode")]
    public void Image_codecs_are_passed_over_undecoded(string imageFilter)
    {
        var pixels = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 };
        var encoded = FilterEncoders.Flate(pixels);
        var stream = new PdfStream(Dict(("Filter", Array(Name("FlateDecode"), Name(imageFilter)))), encoded);

        Assert.That(StreamDecoder.Decode(stream, encoded, DirectObjectsOnly.Instance, Limits), Is.EqualTo(pixels));
    }

    private static PdfDictionary EarlyChange(bool earlyChange) => Dict(("EarlyChange", Number(earlyChange ? 1 : 0)));

    /// <summary>Decodes, failing the test if the decoder reports damage in well-formed data.</summary>
    private static byte[] Decode(byte[] encoded, string filter, PdfDictionary? parameters = null)
    {
        var dictionary = parameters is null
            ? Dict(("Filter", Name(filter)))
            : Dict(("Filter", Name(filter)), ("DecodeParms", parameters));
        var warnings = new List<ReaderWarning>();
        var decoded = StreamDecoder.Decode(new PdfStream(dictionary, encoded), encoded, DirectObjectsOnly.Instance, Limits, warnings);
        Assert.That(warnings, Is.Empty);
        return decoded;
    }
}
