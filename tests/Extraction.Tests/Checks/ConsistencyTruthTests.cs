using Extraction.Tests.Golden;
using Extraction.Tests.Support;

namespace Extraction.Tests.Checks;

/// <summary>
/// The arithmetic slips kept in the source documents (ground-truth relations that do not hold) are all reported, with
/// the numbers involved, and nothing else is: consistent tables produce no warning.
/// </summary>
[TestFixture]
public sealed class ConsistencyTruthTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Every_slip_in_the_ground_truth_is_reported(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var warnings = Corpus.Extract(name).Warnings.ToList();

        var unreported = Relations(truth).Where(r => !r.Holds).Where(r => !warnings.Any(w => CheckCells.SameCells(w, r))).ToList();

        Assert.That(unreported.Select(CheckCells.Describe), Is.Empty);
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void No_warning_is_raised_where_the_ground_truth_holds(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var warnings = Corpus.Extract(name).Warnings.ToList();

        var unfounded = warnings.Where(w => !Relations(truth).Any(r => !r.Holds && CheckCells.SameCells(w, r))).ToList();

        Assert.That(unfounded.Select(w => w.Message), Is.Empty);
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Warnings_carry_the_printed_and_computed_numbers(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var warnings = Corpus.Extract(name).Warnings.ToList();

        foreach (var relation in Relations(truth).Where(r => !r.Holds))
        {
            var warning = warnings.First(w => CheckCells.SameCells(w, relation));
            var numbers = new[] { warning.Printed, warning.Computed };
            Assert.That(numbers, Is.EquivalentTo(new[] { relation.Printed!.Value, relation.Computed!.Value }), CheckCells.Describe(relation));
        }
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Checks_that_the_ground_truth_also_makes_agree_with_it(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var checks = Corpus.Extract(name).Checks;

        var disagreements = Relations(truth)
            .SelectMany(r => checks.Where(c => CheckCells.SameCells(c, r) && c.Holds != r.Holds).Select(c => CheckCells.Describe(r) + " → " + c.Message))
            .ToList();

        Assert.That(disagreements, Is.Empty);
    }

    /// <summary>
    /// The forms' and the Copenhagen tables' relations are all made: Netto = Udgifter + Indtægter, totals against their
    /// items, "I alt" against the years, the same item in the summary and the appropriation tables. Left out: relations
    /// whose printed target is blank or "-", totals over a total column (no year to match), and the table whose
    /// figures are pending, which is not checked.
    /// </summary>
    [TestCaseSource(typeof(Corpus), nameof(Corpus.OtherKinds))]
    public void The_relations_of_forms_and_proposals_are_checked(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var extraction = Corpus.Extract(name);
        var pending = GoldenTables.Pairs(truth, extraction).Where(p => p.Actual.FiguresPending).Select(p => p.Truth.Uid).ToHashSet();
        var expected = Relations(truth)
            .Where(r => !pending.Contains(r.Target.Table) && Printed(truth, r.Target))
            .Where(r => r.Kind != "cross-table" || r.Target.Column != "I alt")
            .ToList();

        var missing = expected.Where(r => !extraction.Checks.Any(c => CheckCells.SameCells(c, r))).ToList();

        Assert.That(expected, Is.Not.Empty);
        Assert.That(missing.Select(CheckCells.Describe), Is.Empty);
    }

    /// <summary>The truth's relations with table ids as the output gives them (a proposal's tables are "T103.1", "T103.2").</summary>
    private static IEnumerable<TruthRelation> Relations(Truth truth)
    {
        string? Id(TruthCell cell) => GoldenTables.ExpectedId(truth, truth.Tables.Single(t => t.Uid == cell.Table));

        return truth.Consistency.Select(r => r with
        {
            Target = r.Target with { TableId = Id(r.Target) },
            Terms = r.Terms.Select(t => t with { TableId = Id(t) }).ToList(),
        });
    }

    private static bool Printed(Truth truth, TruthCell cell) =>
        truth.Tables.Single(t => t.Uid == cell.Table).Rows[cell.Row].Values[cell.Col] is not null;
}
