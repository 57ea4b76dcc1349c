using System.Text.Json;
using Extraction.Document;
using Extraction.Outputs.Words;
using Extraction.Pdf.Document;
using Extraction.Reading.Pdf;
using Extraction.Tests.Shared;

namespace Extraction.Tests.Reading;

/// <summary>The words JSON is the oracle words format (README, "Words JSON") that the scoring tools read.</summary>
[TestFixture]
public sealed class WordsExportTests
{
    [Test]
    public void A_document_exports_the_selected_pages_with_their_words_rounded_to_hundredths()
    {
        var pdf = RepositoryPaths.CorpusPdfs().First();
        var document = PdfDocument.Open(pdf);
        var reader = new PdfDocumentReader();
        using var output = new MemoryStream();

        WordsExport.Write(reader.Read(pdf), "sample.pdf", reader.Identity, PageRange.Parse("1-2"), output);

        using var json = JsonDocument.Parse(output.ToArray());
        var root = json.RootElement;
        Assert.That(root.GetProperty("source").GetString(), Is.EqualTo("sample.pdf"));
        Assert.That(root.GetProperty("engine").GetString(), Is.EqualTo(PdfDocumentReader.Name));
        Assert.That(root.GetProperty("page_count").GetInt32(), Is.EqualTo(document.NumberOfPages));
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("page").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.GetPage(i + 1);
            var expected = page.GetWords();
            var words = pages[i].GetProperty("words").EnumerateArray().ToList();
            Assert.That(pages[i].GetProperty("width").GetDouble(), Is.EqualTo(Math.Round(page.Width, 2)));
            Assert.That(words.Select(w => w.GetProperty("text").GetString()), Is.EqualTo(expected.Select(w => w.Text)));
            Assert.That(words.Select(w => w.GetProperty("x1").GetDouble()), Is.EqualTo(expected.Select(w => Math.Round(w.Box.X1, 2, MidpointRounding.AwayFromZero))));
            Assert.That(words.Select(w => w.GetProperty("y0").GetDouble()), Is.EqualTo(expected.Select(w => Math.Round(w.Box.Y0, 2, MidpointRounding.AwayFromZero))));
        }
    }
}
