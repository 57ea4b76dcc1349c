using Extraction.Document;
using Extraction.Tests.Shared;

namespace Extraction.Reading.PdfPig.Tests;

/// <summary>The encrypted reader fixtures (fixtures/reader, README there) open with PdfPig as with the default reader.</summary>
[TestFixture]
public sealed class EncryptedFileTests
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Fixtures, "reader", name);

    [TestCase("aes-256-user-password.pdf")]
    [TestCase("rc4-128-user-password.pdf")]
    public void A_user_password_is_required(string name)
    {
        var error = Assert.Throws<DocumentReadException>(() => new PdfPigDocumentReader().Read(Fixture(name)));

        Assert.That(error!.Code, Is.EqualTo(ReadErrorCode.PasswordRequired));
    }

    [TestCase("aes-256-user-password.pdf")]
    [TestCase("rc4-128-user-password.pdf")]
    public void With_the_password_the_words_are_those_of_the_unencrypted_page(string name)
    {
        var plain = new PdfPigDocumentReader().Read(Path.Combine(RepositoryPaths.Corpus, "004_6d45ed6ea08fb11e.pdf")).Pages[0].Words;

        var words = new PdfPigDocumentReader(password: "user-secret").Read(Fixture(name)).Pages[0].Words;

        Assert.That(words.Select(w => w.Text), Is.EqualTo(plain.Select(w => w.Text)));
    }
}
