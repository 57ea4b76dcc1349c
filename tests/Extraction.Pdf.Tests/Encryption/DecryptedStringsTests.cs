using Extraction.Pdf.Document;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tests.Support;

namespace Extraction.Pdf.Tests.Encryption;

/// <summary>
/// Strings are decrypted wherever they are — in ordinary objects, in stream dictionaries, inside object streams —
/// and exactly once (fixtures/reader/strings-*.pdf, see its README).
/// </summary>
[TestFixture]
public sealed class DecryptedStringsTests
{
    [TestCase("strings-plain.pdf")]
    [TestCase("strings-aes-128.pdf")]
    [TestCase("strings-rc4-40.pdf")]
    [TestCase("strings-aes-256.pdf")]
    public void Document_information_strings_are_plain_text(string fileName)
    {
        var information = PdfDocument.Open(ReaderFixtures.PathOf(fileName)).Information;

        Assert.Multiple(() =>
        {
            Assert.That(information.Title, Is.EqualTo("Budget 2024 ÆØÅ"));
            Assert.That(information.Author, Is.EqualTo("ÆLand"));
        });
    }

    [TestCase("strings-aes-128.pdf")]
    [TestCase("strings-rc4-40.pdf")]
    [TestCase("strings-aes-256.pdf")]
    public void Strings_in_a_stream_dictionary_and_the_stream_data_are_decrypted(string fileName)
    {
        var file = PdfDocument.Open(ReaderFixtures.PathOf(fileName)).File;
        var stream = file.Resolve(file.Catalog()!["Extra"]) as PdfStream;

        Assert.That(stream, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(stream!.Dictionary.Get<PdfString>("Caption", file)?.Text, Is.EqualTo("Stream caption"));
            Assert.That(stream.Dictionary.Get<PdfArray>("Codes", file)?.Select(s => ((PdfString)s).Text), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(file.DecodeStream(stream), Is.EqualTo("plain stream data"u8.ToArray()));
        });
    }

    [TestCase("strings-aes-128.pdf")]
    [TestCase("strings-aes-256.pdf")]
    public void Page_text_from_objects_inside_encrypted_object_streams_reads(string fileName)
    {
        var document = PdfDocument.Open(ReaderFixtures.PathOf(fileName));

        Assert.That(SampleDocuments.PageText(document), Is.EqualTo("Encrypted strings"));
    }
}
