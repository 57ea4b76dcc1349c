using Extraction.Document;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>
/// The same documents printed smaller, on A3 and on landscape sheets with the text off-centre: every threshold of the
/// pipeline is relative to the font size or the page, so the facts are those of the ground truth all the same.
/// </summary>
[TestFixture]
public sealed class PageGeometryGoldenTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        from name in Corpus.All
        from geometry in PageGeometry.Variants
        select new TestCaseData(name, geometry.Name);

    [TestCaseSource(nameof(Cases))]
    public void Facts_equal_the_ground_truth_tables_at_any_print_size_and_sheet(string name, string printed)
    {
        var geometry = PageGeometry.Variants.Single(v => v.Name == printed);
        var truth = Truth.Load(Corpus.Pdf(name));
        var outcome = new DocumentPipeline(Corpus.Options, geometry.Over(new PdfDocumentReader())).Process(Corpus.Pdf(name));
        var extraction = outcome is DocumentSucceeded succeeded ? succeeded.Extraction : throw new AssertionException($"{name} failed: {outcome}");
        var comparison = GoldenComparison.Compare(GoldenCells.Expected(truth), GoldenCells.Actual(extraction));

        Assert.That(comparison.IsExact, Is.True, comparison.Report($"{name}, {geometry}"));
    }
}
