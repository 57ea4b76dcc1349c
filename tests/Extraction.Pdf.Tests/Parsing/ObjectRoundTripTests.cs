using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;
using Extraction.Pdf.Tokenization;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Pdf.Tests.Parsing;

/// <summary>Random object trees, written in any of the spellings PDF allows, parse back to the same tree.</summary>
[TestFixture]
public sealed class ObjectRoundTripTests
{
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Written_trees_parse_back_equal() =>
        Prop.ForAll(ObjectGenerators.Trees.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (tree, seed, compact) =>
        {
            var bytes = ObjectSerializer.Write(tree, seed, compact);
            var parser = new ObjectParser(new PdfLexer(bytes), new ReaderLimits());
            var parsed = parser.Read();
            return (ObjectEquality.AreEqual(tree, parsed) && parser.Read() is null)
                .Label(System.Text.Encoding.Latin1.GetString(bytes));
        });

    /// <summary>
    /// With a usable /Length the data comes back exactly; without one, the end is found by searching for
    /// "endstream", which is exact unless the data itself ends in an end-of-line or contains the keyword.
    /// </summary>
    [FsCheck.NUnit.Property(MaxTest = 100)]
    public Property A_written_indirect_object_with_a_stream_parses_back() =>
        Prop.ForAll(ObjectGenerators.Bytes.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (data, declareLength) =>
        {
            var writer = new PdfWriter();
            var offset = writer.Stream(12, "/Kind /Test", data, generation: 3, length: declareLength ? null : "99 0 R");
            var parsed = new IndirectObjectParser(writer.ToArray(), new ReaderLimits()).TryParse(offset, _ => null);
            var ambiguous = !declareLength && (data.AsSpan().IndexOf("endstream"u8) >= 0 || data is [.., (byte)'\r' or (byte)'\n']);
            return parsed is { Value: PdfStream stream } p
                && p.Id == new ObjectId(12, 3)
                && (ambiguous || stream.EncodedData.Span.SequenceEqual(data))
                && stream.Dictionary["Kind"] is PdfName { Value: "Test" };
        });
}
