using Extraction.Outputs;
using Extraction.Tests.Support;

namespace Extraction.Tests.Sums;

/// <summary>Each fact says whether it is a level or a change, by the vocabulary in pipeline.json (writers.value_kinds).</summary>
[TestFixture]
public sealed class ValueKindTests
{
    private static readonly ValueKindOptions Kinds = Corpus.Settings.Writers.ValueKinds;

    [Test]
    public void Budget_notes_tell_levels_actuals_estimates_and_changes_apart()
    {
        var facts = FactBuilder.Build(Corpus.Extract("000_360efd37c18e3eeb")).Select(f => f.Classify(Kinds)).ToList();

        Assert.That(facts.Where(f => f.Measure == "technical_budget").Select(f => f.ValueKind), Is.All.EqualTo("budget_level"));
        Assert.That(facts.Where(f => f.Measure == "supplement").Select(f => f.ValueKind), Is.All.EqualTo("change"));
        Assert.That(facts.Where(f => f.Measure == "actual").Select(f => f.ValueKind), Is.All.EqualTo("actual"));
        Assert.That(facts.Where(f => f.Measure == "estimate").Select(f => f.ValueKind), Is.All.EqualTo("estimate"));
    }

    [TestCase("002_129a0e019c4a7572")]
    [TestCase("004_6d45ed6ea08fb11e")]
    public void Every_amount_of_a_technical_correction_or_a_proposal_is_a_change(string name)
    {
        var facts = FactBuilder.Build(Corpus.Extract(name)).Select(f => f.Classify(Kinds)).ToList();

        Assert.That(facts.Where(f => f.AmountDkk is not null).Select(f => f.ValueKind), Is.Not.Empty.And.All.EqualTo("change"));
        Assert.That(facts.Where(f => f.Unit is not null && f.AmountDkk is null).Select(f => f.ValueKind), Is.All.EqualTo("count"));
    }

    [Test]
    public void A_count_of_staff_is_a_count()
    {
        var facts = FactBuilder.Build(Corpus.Extract("002_129a0e019c4a7572")).Select(f => f.Classify(Kinds)).ToList();

        Assert.That(facts.Where(f => f.Unit is not null && f.AmountDkk is null).Select(f => f.ValueKind), Is.Not.Empty.And.All.EqualTo("count"));
    }

    [Test]
    public void The_vocabulary_comes_from_the_configuration()
    {
        var renamed = Kinds with { Measures = Kinds.Measures.ToDictionary(p => p.Key, p => p.Key == "technical_budget" ? "level" : p.Value) };

        var facts = FactBuilder.Build(Corpus.Extract("000_360efd37c18e3eeb")).Select(f => f.Classify(renamed)).ToList();

        Assert.That(facts.Where(f => f.Measure == "technical_budget").Select(f => f.ValueKind), Is.All.EqualTo("level"));
    }
}
