using System.Text;
using System.Text.RegularExpressions;
using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Robustness;

/// <summary>
/// Corpus documents damaged the way real files are: cut short, or one page tree node's header broken by a two-byte
/// change. Pages that can be found are read in full; a page whose content is gone is reported unread, never empty.
/// </summary>
[TestFixture]
public sealed partial class DamagedCorpusTests
{
    private const int Cuts = 12;

    public static IEnumerable<TestCaseData> Files() =>
        RepositoryPaths.CorpusPdfs().Select(path => new TestCaseData(Path.GetFileName(path)).SetArgDisplayNames(Path.GetFileName(path)));

    [TestCaseSource(nameof(Files))]
    public void A_page_tree_node_with_a_broken_header_loses_no_page(string name)
    {
        var intact = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, name));
        var expected = WordsByPage(PdfDocument.Open(intact));
        var nodes = PagesNodeHeader().Matches(Encoding.Latin1.GetString(intact)).Select(m => m.Groups["number"].Index).ToList();
        Assert.That(nodes, Is.Not.Empty, "the file has a page tree node to break");

        foreach (var at in nodes)
        {
            var damaged = (byte[])intact.Clone();
            damaged[at] = (byte)'S';
            var document = PdfDocument.Open(damaged);
            var actual = WordsByPage(document);

            Assert.That(actual, Has.Count.EqualTo(expected.Count), $"node header at {at} broken: pages");
            for (var page = 0; page < expected.Count; page++)
            {
                Assert.That(actual[page] == expected[page], Is.True, $"node header at {at} broken: the words of page {page + 1} differ");
            }

            Assert.That(document.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.StructureRepaired));
        }
    }

    [TestCaseSource(nameof(Files))]
    public void A_cut_file_reports_every_page_it_cannot_read(string name) => ReadCuts(name);

    [Test]
    public void Cutting_the_corpus_does_leave_unread_pages() =>
        Assert.That(RepositoryPaths.CorpusPdfs().Sum(path => ReadCuts(Path.GetFileName(path))), Is.GreaterThan(0), "the property above is not vacuous");

    /// <summary>Reads copies cut at evenly spaced points; returns how many pages came out unread.</summary>
    private static int ReadCuts(string name)
    {
        var intact = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, name));
        var withText = PdfDocument.Open(intact).GetPages().Where(p => p.Letters.Count > 0).Select(p => p.Number).ToHashSet();
        var unread = 0;
        for (var i = 1; i <= Cuts; i++)
        {
            var cut = intact[..(int)((long)intact.Length * i / (Cuts + 1))];
            PdfDocument document;
            try
            {
                document = PdfDocument.Open(cut);
            }
            catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Truncated or PdfErrorCode.Corrupt)
            {
                continue;
            }

            foreach (var page in document.GetPages())
            {
                // A page that shows text when intact and none when cut has lost it, and must say so.
                Assert.That(page.Letters.Count > 0 || page.IsUnread || !withText.Contains(page.Number), Is.True, $"cut at {cut.Length}: page {page.Number} is empty but not marked unread");
                if (page.IsUnread)
                {
                    unread++;
                    Assert.That(page.ReaderWarnings.Select(w => w.Kind), Has.Member(ReaderWarningKind.PageUnread));
                }
            }
        }

        return unread;
    }

    private static List<string> WordsByPage(PdfDocument document) =>
        document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))).ToList();

    [GeneratedRegex(@"(?<=[\r\n])(?<number>\d)\d* 0 obj\s*<<\s*/Type\s*/Pages\b")]
    private static partial Regex PagesNodeHeader();
}
