using System.Text;
using Extraction.Document;
using Extraction.Pipeline;

namespace Extraction.Reading.PdfPig.Tests;

/// <summary>
/// Damaged input read with PdfPig ends as a typed reader error for that document (a <see cref="DocumentFailed"/> with
/// the reader's code), never as an untyped <c>PipelineError</c> that would hide what is wrong with the file.
/// </summary>
[TestFixture]
public sealed class DamagedFileTests
{
    private const string PipelineError = "PipelineError";

    /// <summary>Bytes damaged by a byte flip: enough to cover a cross-reference table and trailer, or a content stream.</summary>
    private const int FlippedSpan = 4096;

    private static readonly string[] ReaderCodes = Enum.GetNames<ReadErrorCode>();

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void A_file_cut_in_half_is_truncated(string name) =>
        Assert.That(Code(Original(name)[..(Original(name).Length / 2)]), Is.EqualTo("Truncated"));

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void A_file_missing_its_last_bytes_is_truncated(string name)
    {
        var content = Original(name);
        Assert.That(Code(content[..(content.Length - 200)]), Is.EqualTo("Truncated"));
    }

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void A_file_with_its_cross_reference_data_flipped_is_corrupt(string name)
    {
        var content = Original(name);
        Assert.That(Code(Flipped(content, content.Length - FlippedSpan, content.Length - "%%EOF\n".Length - 1)), Is.EqualTo("Corrupt"));
    }

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void A_file_with_flipped_bytes_inside_is_read_or_fails_with_a_reader_code(string name)
    {
        var content = Original(name);
        var outcome = Process(Flipped(content, content.Length / 3, content.Length / 3 + FlippedSpan));

        Assert.That(outcome, Is.InstanceOf<DocumentSucceeded>().Or.InstanceOf<DocumentFailed>());
        if (outcome is DocumentFailed failed)
        {
            Assert.That(failed.Code, Is.Not.EqualTo(PipelineError).And.AnyOf([.. ReaderCodes, DocumentPipeline.NoTextLayer]), failed.Message);
        }
    }

    [Test]
    public void Text_that_is_not_a_PDF_is_not_a_pdf() =>
        Assert.That(Code(Encoding.UTF8.GetBytes("Budget 2026\nA text file, not a PDF.\n")), Is.EqualTo("NotAPdf"));

    [Test]
    public void An_empty_file_is_empty() => Assert.That(Code([]), Is.EqualTo("EmptyFile"));

    [Test]
    public void A_missing_file_is_not_found()
    {
        var outcome = new DocumentPipeline(PdfPigCorpus.Options, new PdfPigDocumentReader()).Process(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".pdf"));

        Assert.That(outcome, Is.InstanceOf<DocumentFailed>().With.Property(nameof(DocumentFailed.Code)).EqualTo("FileNotFound"));
    }

    [Test]
    public void The_reader_itself_throws_the_typed_error()
    {
        var content = Original(PdfPigCorpus.All.First());
        var error = Assert.Throws<DocumentReadException>(() => new PdfPigDocumentReader().Read("cut.pdf", content[..1000], CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(ReadErrorCode.Truncated));
    }

    [Test]
    public void A_cancelled_read_stops_between_pages()
    {
        var content = Original(PdfPigCorpus.All.First());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new PdfPigDocumentReader().Read("doc.pdf", content, cancelled.Token));
    }

    private static byte[] Original(string name) => File.ReadAllBytes(PdfPigCorpus.Pdf(name));

    private static byte[] Flipped(byte[] content, int from, int to)
    {
        var copy = content.ToArray();
        for (var i = Math.Max(0, from); i < Math.Min(to, copy.Length); i++)
        {
            copy[i] ^= 0xFF;
        }

        return copy;
    }

    private static DocumentOutcome Process(byte[] content) =>
        new DocumentPipeline(PdfPigCorpus.Options, new PdfPigDocumentReader()).Process("damaged.pdf", content, DocumentOverrides.None, CancellationToken.None);

    private static string Code(byte[] content) => Process(content) switch
    {
        DocumentFailed failed => failed.Code,
        var other => $"not a failure: {other.GetType().Name}",
    };
}
