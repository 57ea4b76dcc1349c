using Extraction.Core.Tests.Support;

namespace Extraction.Core.Tests.Checks;

/// <summary>
/// The arithmetic slips kept in the source documents (ground-truth relations that do not hold) are all reported, with
/// the numbers involved, and nothing else is: consistent tables produce no warning.
/// </summary>
[TestFixture]
public sealed class ConsistencyTruthTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Every_slip_in_the_ground_truth_is_reported(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var warnings = Corpus.Extract(name).Warnings.ToList();

        var unreported = truth.Consistency.Where(r => !r.Holds).Where(r => !warnings.Any(w => CheckCells.SameCells(w, r))).ToList();

        Assert.That(unreported.Select(CheckCells.Describe), Is.Empty);
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void No_warning_is_raised_where_the_ground_truth_holds(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var warnings = Corpus.Extract(name).Warnings.ToList();

        var unfounded = warnings.Where(w => !truth.Consistency.Any(r => !r.Holds && CheckCells.SameCells(w, r))).ToList();

        Assert.That(unfounded.Select(w => w.Message), Is.Empty);
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Warnings_carry_the_printed_and_computed_numbers(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var warnings = Corpus.Extract(name).Warnings.ToList();

        foreach (var relation in truth.Consistency.Where(r => !r.Holds))
        {
            var warning = warnings.First(w => CheckCells.SameCells(w, relation));
            var numbers = new[] { warning.Printed, warning.Computed };
            Assert.That(numbers, Is.EquivalentTo(new[] { relation.Printed!.Value, relation.Computed!.Value }), CheckCells.Describe(relation));
        }
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Checks_that_the_ground_truth_also_makes_agree_with_it(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var checks = Corpus.Extract(name).Checks;

        var disagreements = truth.Consistency
            .SelectMany(r => checks.Where(c => CheckCells.SameCells(c, r) && c.Holds != r.Holds).Select(c => CheckCells.Describe(r) + " → " + c.Message))
            .ToList();

        Assert.That(disagreements, Is.Empty);
    }
}
