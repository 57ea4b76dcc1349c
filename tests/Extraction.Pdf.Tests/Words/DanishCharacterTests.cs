using Extraction.Pdf.Document;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Words;

/// <summary>
/// Acceptance: the Danish letters and typographic characters come out as the same Unicode characters as in the
/// expected words — compared as exact strings, without the NFKC folding the fidelity score allows.
/// </summary>
[TestFixture]
public sealed class DanishCharacterTests
{
    private const string Watched = "æøåÆØÅ–—•’“”";

    public static IEnumerable<string> Fixtures() => RepositoryPaths.CorpusPdfs().Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Fixtures))]
    public void Words_with_Danish_and_typographic_characters_are_exactly_the_expected_ones(string fileName)
    {
        var pdf = Path.Combine(RepositoryPaths.Corpus, fileName);
        var expected = OracleWords.Load(Path.ChangeExtension(pdf, ".words.json"));
        var document = PdfDocument.Open(pdf);
        var ours = new List<string>();
        var theirs = new List<string>();
        foreach (var (number, words) in expected)
        {
            ours.AddRange(document.GetPage(number).GetWords().Select(w => w.Text).Where(HasWatchedCharacter));
            theirs.AddRange(words.Select(w => w.Text).Where(HasWatchedCharacter));
        }

        Assert.That(theirs, Is.Not.Empty, "the fixture should exercise these characters");
        Assert.That(ours.Order(StringComparer.Ordinal), Is.EqualTo(theirs.Order(StringComparer.Ordinal)));
    }

    private static bool HasWatchedCharacter(string text) => text.AsSpan().IndexOfAny(Watched) >= 0;
}
