namespace Extraction.Tests.Golden.Generated;

/// <summary>
/// The random variants of the corpus documents in fixtures/generated (other numbers, years, municipality, fonts, borders,
/// margins, page breaks; rendered by Chromium and by LibreOffice), read cell by cell against their truth. A PDF read
/// exactly today must stay exact; a PDF in known-failures.json must not get worse than its pinned counts, and when it
/// gets better the pinned counts must be lowered, so the list always says where the pipeline stands. No file may
/// have a wrong number at a truth cell's place.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class GeneratedGoldenTests
{
    /// <summary>Where scripts/score-generated.sh wants the summary and the counts a new known-failures.json would pin.</summary>
    private const string OutputVariable = "GENERATED_SCORE_OUT";

    [TestCaseSource(typeof(KnownFailures), nameof(KnownFailures.Exact))]
    public void Facts_equal_the_truth(string name)
    {
        var score = GeneratedScore.Of(GeneratedVariant.Named(name));

        Assert.That(score.IsExact, Is.True, GeneratedScoreSummary.Details(score));
    }

    [TestCaseSource(typeof(KnownFailures), nameof(KnownFailures.Names))]
    public void A_known_failure_gets_no_worse(string name)
    {
        var score = GeneratedScore.Of(GeneratedVariant.Named(name));
        var pinned = KnownFailures.Pinned.Files[name];

        Assert.That(score.Counts.IsWorseThan(pinned), Is.False, $"Pinned: {pinned}.\n{GeneratedScoreSummary.Details(score)}");
    }

    [TestCaseSource(typeof(KnownFailures), nameof(KnownFailures.Names))]
    public void A_known_failure_that_got_better_is_pinned_lower(string name)
    {
        var score = GeneratedScore.Of(GeneratedVariant.Named(name));
        var pinned = KnownFailures.Pinned.Files[name];

        Assert.That(
            score.Counts.IsBetterThan(pinned),
            Is.False,
            $"{name} now has {score.Counts} (pinned: {pinned}): lower its counts in fixtures/generated/{KnownFailures.FileName}, or remove it when it is exact (scripts/score-generated.sh --pin).");
    }

    /// <summary>Wrong numbers are the worst failure, and there are none today, so no file, pinned or not, may have one.</summary>
    [TestCaseSource(typeof(GeneratedVariant), nameof(GeneratedVariant.Names))]
    public void No_cell_has_another_number_than_the_truth_at_its_place(string name)
    {
        var score = GeneratedScore.Of(GeneratedVariant.Named(name));

        Assert.That(score.WrongValues, Is.Empty, GeneratedScoreSummary.Details(score));
    }

    /// <summary>
    /// A wrong fact must never look right: every fact that does not match the truth (wrong value, type or label, or
    /// spurious) is in a table whose confidence is below pipeline.json's threshold.
    /// </summary>
    [TestCaseSource(typeof(GeneratedVariant), nameof(GeneratedVariant.Names))]
    public void Every_fact_that_is_not_the_truth_is_in_a_doubtful_table(string name)
    {
        var score = GeneratedScore.Of(GeneratedVariant.Named(name));

        Assert.That(score.SilentlyWrong, Is.Empty, GeneratedScoreSummary.Details(score));
    }

    [Test]
    public void Every_known_failure_is_a_generated_pdf()
    {
        Assert.That(KnownFailures.Names(), Is.SubsetOf(GeneratedVariant.Names()));
    }

    [Test]
    public void The_generated_set_covers_every_document_with_both_producers()
    {
        var variants = GeneratedVariant.All;

        Assert.That(variants.Select(v => v.Document).Distinct(), Is.EquivalentTo(new[] { "000", "001", "002", "003", "004" }));
        Assert.That(variants.Select(v => v.Producer).Distinct(), Is.EquivalentTo(new[] { "chromium", "libreoffice" }));
        Assert.That(variants.Select(v => File.Exists(v.Pdf)), Is.All.True);
    }

    /// <summary>Scores every generated PDF and writes the summary to the test output (and to $GENERATED_SCORE_OUT when set).</summary>
    [Test]
    public void The_scores_add_up()
    {
        var scores = GeneratedVariant.All.AsParallel().Select(GeneratedScore.Of).ToList();
        var summary = GeneratedScoreSummary.Markdown(scores);
        TestContext.Out.WriteLine(summary);
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } output)
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "summary.md"), summary);
            File.WriteAllText(Path.Combine(output, KnownFailures.FileName), KnownFailures.Serialize(scores));
        }

        Assert.That(scores.Select(s => s.Matched + s.Missing.Count + s.Wrong), Is.EqualTo(scores.Select(s => s.Expected)));
    }
}
