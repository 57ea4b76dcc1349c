using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>
/// Every cell of every numeric table in the ground truth is in the facts with the right table id, row label, row kind,
/// column label, measure, year, value and scale, and the facts hold nothing else (no chart ticks, page numbers, years
/// from the prose, amount lists or form fields).
/// </summary>
[TestFixture]
public sealed class CorpusGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Facts_equal_the_ground_truth_tables(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var comparison = GoldenComparison.Compare(GoldenCells.Expected(truth), GoldenCells.Actual(Corpus.Extract(name)));

        TestContext.Out.WriteLine(comparison.Report(name));
        Assert.That(comparison.IsExact, Is.True, comparison.Report(name));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Tables_are_found_with_their_printed_numbers_kinds_and_pages(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var tables = Corpus.Extract(name).Tables;

        Assert.That(tables.Select(t => t.Id), Is.EqualTo(truth.Tables.Select(t => GoldenTables.ExpectedId(truth, t))));
        Assert.That(tables.Select(t => t.Kind.ToString().ToLowerInvariant()), Is.EqualTo(truth.Tables.Select(t => t.Kind)));
        Assert.That(tables.Select(t => t.Pages), Is.EqualTo(truth.Tables.Select(t => t.Pages)));
        Assert.That(tables.Select(t => t.HeaderRepeated), Is.EqualTo(truth.Tables.Select(t => t.HeaderRepeated)));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Notes_under_tables_are_read(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var tables = Corpus.Extract(name).Tables;

        Assert.That(tables.Select(t => t.Notes), Is.EqualTo(truth.Tables.Select(t => t.Notes)));
    }
}
