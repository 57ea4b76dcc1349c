using Extraction.Pdf.Document;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;

namespace Extraction.Pdf.Tests.Laziness;

/// <summary>
/// Opening and paging through long documents touches only what is needed, and what is kept in memory stays bounded
/// however many pages are read.
/// </summary>
[TestFixture]
public sealed class LongDocumentTests
{
    private const int PageCount = 2000;

    private static readonly Lazy<byte[]> Balanced = new(() => LongDocuments.Write(PageCount, fanOut: 10));
    private static readonly Lazy<byte[]> Flat = new(() => LongDocuments.Write(PageCount, fanOut: PageCount));

    [Test]
    public void Opening_a_long_document_parses_only_a_few_objects()
    {
        var document = PdfDocument.Open(Balanced.Value);

        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(PageCount));
            Assert.That(document.File.ObjectsLoaded, Is.LessThan(20));
        });
    }

    [Test]
    public void Reading_one_page_deep_in_the_document_parses_only_its_path()
    {
        var document = PdfDocument.Open(Balanced.Value);
        var before = document.File.ObjectsLoaded;

        var text = SampleDocuments.PageText(document, 1500);

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("Page1500"));
            Assert.That(document.File.ObjectsLoaded - before, Is.LessThan(60));
        });
    }

    [Test]
    public void A_flat_page_tree_is_not_loaded_on_opening()
    {
        var document = PdfDocument.Open(Flat.Value);

        Assert.Multiple(() =>
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(PageCount));
            Assert.That(document.File.ObjectsLoaded, Is.LessThan(20));
        });
    }

    [TestCase(10)]
    [TestCase(PageCount)]
    public void Reading_every_page_keeps_the_cache_bounded_and_the_work_linear(int fanOut)
    {
        var limits = new ReaderLimits { ObjectCacheSize = 256 };
        var document = PdfDocument.Open(fanOut == PageCount ? Flat.Value : Balanced.Value, new ReadOptions { Limits = limits });
        var largestCache = 0;

        for (var page = 1; page <= PageCount; page++)
        {
            Assert.That(SampleDocuments.PageText(document, page), Is.EqualTo("Page" + page));
            largestCache = Math.Max(largestCache, document.File.CachedObjects);
        }

        Assert.Multiple(() =>
        {
            Assert.That(largestCache, Is.LessThanOrEqualTo(limits.ObjectCacheSize));
            // Page dictionary and content stream per page, plus the tree's nodes and the shared font: a few per page, not per page squared.
            Assert.That(document.File.ObjectsLoaded, Is.LessThan(4 * PageCount));
        });
    }
}
