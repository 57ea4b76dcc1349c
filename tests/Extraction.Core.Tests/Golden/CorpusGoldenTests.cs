using Extraction.Core.Tests.Support;

namespace Extraction.Core.Tests.Golden;

/// <summary>
/// Every cell of every numeric table in the ground truth is in the facts with the right row label, row kind, column
/// label, measure, year, value and scale, and the facts hold nothing else (no chart ticks, page numbers or years from
/// the prose).
/// </summary>
[TestFixture]
public sealed class CorpusGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Facts_equal_the_ground_truth_tables(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var comparison = GoldenComparison.Compare(GoldenCells.Expected(truth), GoldenCells.Actual(Corpus.Extract(name)));

        TestContext.Out.WriteLine(comparison.Report(name));
        Assert.That(comparison.IsExact, Is.True, comparison.Report(name));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Tables_are_found_with_their_printed_numbers(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var tables = Corpus.Extract(name).Tables;

        Assert.That(tables.Select(t => t.Id), Is.EqualTo(truth.Tables.Where(t => t.Kind == "numeric").Select(t => t.Id)));
        Assert.That(tables.Select(t => t.Pages), Is.EqualTo(truth.Tables.Where(t => t.Kind == "numeric").Select(t => t.Pages)));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Notes_under_tables_are_read(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var tables = Corpus.Extract(name).Tables;

        Assert.That(tables.Select(t => t.Notes), Is.EqualTo(truth.Tables.Where(t => t.Kind == "numeric").Select(t => t.Notes)));
    }
}
