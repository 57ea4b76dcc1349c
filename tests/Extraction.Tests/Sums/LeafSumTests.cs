using Extraction.Outputs;
using Extraction.Tests.Support;

namespace Extraction.Tests.Sums;

/// <summary>
/// The documented filter <c>is_leaf = true</c> gives each krone once: summary tables, subtotals, total rows and total
/// columns restate money given elsewhere and are not leaves.
/// </summary>
[TestFixture]
public sealed class LeafSumTests
{
    /// <summary>
    /// For every corpus document and measure/year that prints a total of the whole policy area, the leaves add up to
    /// it. Tolerance: half a printed unit per leaf, the most the rounding of printed figures can account for. A table
    /// that prints no total (the annual report's "Anlæg" beside its "IT-drift i alt") adds money no printed total covers;
    /// it is left out of the comparison, not of the leaves.
    /// </summary>
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Leaves_add_up_to_each_printed_policy_area_total(string name)
    {
        var facts = FactBuilder.Build(Corpus.Extract(name)).Where(f => f.AmountDkk is not null).ToList();
        var canonical = Canonical();
        var totalled = facts.Where(f => f.RowKind == "total").Select(f => (f.TableUid, f.Measure, f.Year)).ToHashSet();
        var printedTotals = facts.Where(f => f.RowKind == "total" && f.ActivityAreaNumber is null && f.Proposal is null && f.PolicyArea is not null)
            .GroupBy(f => (canonical(f.Measure), f.Year))
            .ToList();

        foreach (var totals in printedTotals)
        {
            var leaves = facts.Where(f => f.IsLeaf && (canonical(f.Measure), f.Year) == totals.Key && totalled.Contains((f.TableUid, f.Measure, f.Year))).ToList();
            var sum = leaves.Sum(f => f.AmountDkk!.Value);
            var tolerance = leaves.Sum(f => (f.Scale ?? 1) / 2);
            foreach (var total in totals)
            {
                Assert.That(sum, Is.EqualTo(total.AmountDkk!.Value).Within(tolerance), $"{name} {totals.Key}: leaves {sum} against '{total.RowLabel}' in {total.TableUid}");
            }
        }

        Assert.That(printedTotals.Count > 0 || Corpus.OtherKinds.Contains(name), Is.True, "every budget note prints a policy area total");
    }

    [Test]
    public void Naestved_IT_technical_budget_2026_counts_77_mio_once_where_all_data_rows_give_twice_that()
    {
        var facts = FactBuilder.Build(Corpus.Extract("000_360efd37c18e3eeb")).Where(f => f.Measure == "technical_budget" && f.Year == 2026).ToList();

        var leaves = facts.Where(f => f.IsLeaf).Sum(f => f.AmountDkk!.Value);
        var dataRows = facts.Where(f => f.RowKind == "data").Sum(f => f.AmountDkk!.Value);

        Assert.That(facts.Single(f => f.RowLabel == "Politikområde IT i alt").AmountDkk, Is.EqualTo(77_249_000m));
        Assert.That(leaves, Is.EqualTo(77_248_000m), "the items as printed; the printed total rounds them one thousand higher");
        Assert.That(dataRows, Is.EqualTo(151_713_000m), "summary and activity-area tables restate the same money");
    }

    [Test]
    public void Every_fact_that_is_not_a_leaf_says_what_it_restates()
    {
        var facts = Corpus.All.SelectMany(n => FactBuilder.Build(Corpus.Extract(n))).ToList();

        Assert.That(facts.Where(f => !f.IsLeaf).Select(f => f.Restates), Is.All.AnyOf("summary_table", "subtotal", "total_row", "total_column"));
        Assert.That(facts.Where(f => f.IsLeaf).Select(f => f.Restates), Is.All.Null);
        Assert.That(facts.Select(f => f.Restates).Distinct(), Is.SupersetOf(new[] { "summary_table", "subtotal", "total_row" }));
    }

    [Test]
    public void An_adjustment_printed_after_a_total_is_a_leaf_and_so_is_the_total()
    {
        var facts = FactBuilder.Build(Corpus.Extract("003_06e0a490bd8dc3fd")).Where(f => f.TableId == "12.2" && f.Measure == "supplement").ToList();

        Assert.That(facts.Select(f => (f.RowKind, f.Value, f.IsLeaf)), Is.EqualTo(new[] { ("total", 800m, true), ("data", -400m, true) }));
    }

    [Test]
    public void A_subtotal_without_items_of_its_own_is_a_leaf()
    {
        var facts = FactBuilder.Build(Corpus.Extract("001_3fb77736774634ba")).Where(f => f.TableUid == "t04" && f.RowKind == "subtotal" && f.Measure == "actual").ToList();

        Assert.That(facts.Where(f => f.IsLeaf).Select(f => f.RowCode), Is.EqualTo(new[] { "3", "4" }));
        Assert.That(facts.Where(f => !f.IsLeaf).Select(f => f.Restates), Is.All.EqualTo("subtotal"));
    }

    private static Func<string, string> Canonical()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Corpus.Options.Checks.EquivalentMeasures)
        {
            foreach (var measure in group.Skip(1))
            {
                map[measure] = group[0];
            }
        }

        return measure => map.GetValueOrDefault(measure, measure);
    }
}
