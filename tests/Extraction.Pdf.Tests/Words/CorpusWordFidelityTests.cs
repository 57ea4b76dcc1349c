using Extraction.Pdf.Document;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Words;

/// <summary>Acceptance: on every fixture PDF, word F1 against the expected (poppler-format) words is at least 0.995.</summary>
[TestFixture]
public sealed class CorpusWordFidelityTests
{
    private const double RequiredF1 = 0.995;

    public static IEnumerable<string> Fixtures() => RepositoryPaths.CorpusPdfs().Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Fixtures))]
    public void Words_match_the_expected_words(string fileName)
    {
        var pdf = Path.Combine(RepositoryPaths.Corpus, fileName);
        var expected = OracleWords.Load(Path.ChangeExtension(pdf, ".words.json"));
        var document = PdfDocument.Open(pdf);
        int matched = 0, candidateCount = 0, expectedCount = 0;
        foreach (var (number, expectedWords) in expected)
        {
            var words = WordMatch.Scorable(document.GetPage(number).GetWords().Select(w => (w.Text, w.Box)));
            var reference = WordMatch.Scorable(expectedWords.Select(w => (w.Text, w.Box)));
            matched += WordMatch.CountMatches(words, reference);
            candidateCount += words.Count;
            expectedCount += reference.Count;
        }

        var precision = candidateCount == 0 ? 0 : (double)matched / candidateCount;
        var recall = expectedCount == 0 ? 0 : (double)matched / expectedCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Assert.That(f1, Is.GreaterThanOrEqualTo(RequiredF1), $"P={precision:0.0000} R={recall:0.0000} over {expectedCount} expected words");
    }
}
