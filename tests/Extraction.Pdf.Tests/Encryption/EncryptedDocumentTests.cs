using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Tests.Support;

namespace Extraction.Pdf.Tests.Encryption;

/// <summary>
/// Encrypted copies (made by qpdf) of a corpus page read to exactly the words of the unencrypted page: every
/// revision of the standard security handler, with the empty user password or a given user or owner password.
/// </summary>
[TestFixture]
public sealed class EncryptedDocumentTests
{
    private const string UserPassword = "user-secret";
    private const string OwnerPassword = "owner-secret";

    private static readonly Lazy<List<(string Text, PdfRectangle Box)>> OriginalWords = new(() => WordsOf(PdfDocument.Open(ReaderFixtures.EncryptedSource)));

    public static IEnumerable<string> OpenWithoutPassword() =>
    [
        "rc4-40.pdf", "rc4-128.pdf", "rc4-128-crypt-filters.pdf", "aes-128.pdf", "aes-128-cleartext-metadata.pdf", "aes-256.pdf", "aes-256-r5.pdf",
    ];

    public static IEnumerable<string> NeedPassword() => ["rc4-128-user-password.pdf", "aes-256-user-password.pdf"];

    [TestCaseSource(nameof(OpenWithoutPassword))]
    public void A_file_with_an_empty_user_password_opens_transparently(string fileName)
    {
        var document = PdfDocument.Open(ReaderFixtures.PathOf(fileName));

        Assert.Multiple(() =>
        {
            Assert.That(document.IsEncrypted, Is.True);
            Assert.That(WordsOf(document), Is.EqualTo(OriginalWords.Value));
        });
    }

    [TestCaseSource(nameof(NeedPassword))]
    public void A_file_with_a_user_password_refuses_to_open_without_it(string fileName)
    {
        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(ReaderFixtures.PathOf(fileName)));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.PasswordRequired));
    }

    [TestCaseSource(nameof(NeedPassword))]
    public void A_wrong_password_is_refused(string fileName)
    {
        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(ReaderFixtures.PathOf(fileName), new ReadOptions { Password = "not-it" }));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.PasswordRequired));
    }

    [Test]
    public void The_user_or_the_owner_password_opens_it([ValueSource(nameof(NeedPassword))] string fileName, [Values(UserPassword, OwnerPassword)] string password)
    {
        var document = PdfDocument.Open(ReaderFixtures.PathOf(fileName), new ReadOptions { Password = password });

        Assert.That(WordsOf(document), Is.EqualTo(OriginalWords.Value));
    }

    [TestCase("rc4-40.pdf")]
    [TestCase("aes-256.pdf")]
    public void A_password_given_for_a_file_that_needs_none_is_harmless(string fileName)
    {
        var document = PdfDocument.Open(ReaderFixtures.PathOf(fileName), new ReadOptions { Password = "unused" });

        Assert.That(WordsOf(document), Is.EqualTo(OriginalWords.Value));
    }

    private static List<(string Text, PdfRectangle Box)> WordsOf(PdfDocument document) =>
        document.GetPage(1).GetWords().Select(w => (w.Text, w.Box)).ToList();
}
