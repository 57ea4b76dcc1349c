using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>
/// The same documents with every ruling line taken away before layout: tables are then found from the alignment of
/// their text alone, as in documents printed without borders.
/// </summary>
[TestFixture]
public sealed class BorderlessGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Facts_equal_the_ground_truth_tables_without_rulings(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var comparison = GoldenComparison.Compare(GoldenCells.Expected(truth), GoldenCells.Actual(Corpus.ExtractWithoutRulings(name)));

        TestContext.Out.WriteLine(comparison.Report(name));
        Assert.That(comparison.IsExact, Is.True, comparison.Report(name));
    }
}
