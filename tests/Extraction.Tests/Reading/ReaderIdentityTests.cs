using Extraction.Document;
using Extraction.Reading.Pdf;

namespace Extraction.Tests.Reading;

/// <summary>What a stored result was read with: a reader's identity changes with whatever changes what it reads.</summary>
[TestFixture]
public sealed class ReaderIdentityTests
{
    [Test]
    public void Our_reader_under_another_decoded_bytes_budget_is_another_reader()
    {
        var standard = new PdfDocumentReader(limits: new ReaderLimitOptions());
        var smaller = new PdfDocumentReader(limits: new ReaderLimitOptions { MaxDecodedBytesPerDocument = 1 << 20 });

        Assert.That(smaller.Identity.Name, Is.EqualTo(standard.Identity.Name));
        Assert.That(smaller.Identity, Is.Not.EqualTo(standard.Identity));
        Assert.That(new PdfDocumentReader(limits: new ReaderLimitOptions()).Identity, Is.EqualTo(standard.Identity));
    }
}
