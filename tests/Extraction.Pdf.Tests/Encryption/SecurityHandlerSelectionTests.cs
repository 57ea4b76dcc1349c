using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Tests.Support;

namespace Extraction.Pdf.Tests.Encryption;

/// <summary>Encryption the reader cannot or may not undo is refused with a typed error, never read as garbage.</summary>
[TestFixture]
public sealed class SecurityHandlerSelectionTests
{
    [TestCase("<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 >>")]
    [TestCase("<< /Filter /FOPN_foweb /V 1 >>")]
    [TestCase("<< /Filter /Standard /V 3 /R 3 /Length 128 /O <00> /U <00> /P -4 >>")]
    [TestCase("<< /Filter /Standard /V 2 /R 7 /O <00> /U <00> /P -4 >>")]
    [TestCase("<< /Filter /Standard /V 4 /R 4 /CF << /StdCF << /CFM /Rot13 >> >> /StmF /StdCF /StrF /StdCF /O <00> /U <00> /P -4 >>")]
    public void An_unknown_security_handler_or_scheme_is_unsupported_encryption(string encrypt)
    {
        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(WithEncryption(encrypt)));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.UnsupportedEncryption));
    }

    [Test]
    public void Standard_encryption_whose_password_data_matches_nothing_needs_a_password()
    {
        var encrypt = "<< /Filter /Standard /V 2 /R 3 /Length 128 /O <" + new string('7', 64) + "> /U <" + new string('3', 64) + "> /P -4 >>";

        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(WithEncryption(encrypt)));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.PasswordRequired));
    }

    [Test]
    public void An_unreadable_encryption_dictionary_is_not_ignored()
    {
        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(WithEncryption("(not a dictionary)")));

        Assert.That(error!.Code, Is.EqualTo(PdfErrorCode.Corrupt));
    }

    private static byte[] WithEncryption(string encryptDictionary)
    {
        var writer = SampleDocuments.OnePageObjects("Secret");
        writer.Object(9, encryptDictionary);
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, $"/Size {rows.Count} /Root 1 0 R /Encrypt 9 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
        return writer.StartXref(xref).ToArray();
    }
}
