using Extraction.Pipeline.Columns;
using Extraction.Tests.Support;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extraction.Tests.Columns;

/// <summary>Columns typed from their headers with the vocabularies of the repository's pipeline.json.</summary>
[TestFixture]
public sealed class ColumnHeaderParserTests
{
    private static readonly ColumnHeaderParser Parser = new(Corpus.Options.Columns, Corpus.Options.Numbers);

    [TestCase("R23", "actual", 2023)]
    [TestCase("B25", "budget", 2025)]
    [TestCase("Tekn. B26", "technical_budget", 2026)]
    [TestCase("Skøn 26", "estimate", 2026)]
    [TestCase("Teknisk budget 2026", "technical_budget", 2026)]
    [TestCase("Regnskab 2020", "actual", 2020)]
    [TestCase("Korr. budget 2020", "corrected_budget", 2020)]
    [TestCase("Opr. Budget 2020", "original_budget", 2020)]
    [TestCase("Over-/underskud 2020", "variance", 2020)]
    [TestCase("2027", "projection", 2027)]
    [TestCase("2026", "budget", 2026)]
    public void Types_printed_headers(string header, string measure, int year)
    {
        var column = Parser.Parse([header], 2026);

        Assert.That(column.Measure.Name(), Is.EqualTo(measure));
        Assert.That(column.Year, Is.EqualTo(year));
        Assert.That(column.YearInferred, Is.False);
    }

    [Test]
    public void A_supplement_without_a_year_is_for_the_fiscal_year()
    {
        var column = Parser.Parse(["Tillæg"], 2026);

        Assert.That(column.Measure, Is.EqualTo(Measure.Supplement));
        Assert.That(column.Year, Is.EqualTo(2026));
        Assert.That(column.YearInferred, Is.True);
    }

    [Test]
    public void A_two_level_header_takes_the_measure_below_and_the_year_and_unit_where_printed()
    {
        var column = Parser.Parse(["Budget 2020", "Gns. Pris i kr."], 2020);

        Assert.That(column.Label, Is.EqualTo("Budget 2020 / Gns. Pris i kr."));
        Assert.That(column.Measure, Is.EqualTo(Measure.UnitPrice));
        Assert.That(column.Year, Is.EqualTo(2020));
        Assert.That(column.Unit?.Scale, Is.EqualTo(1m));
    }

    [TestCase("R 2023", "actual", 2023)]
    [TestCase("R-2023", "actual", 2023)]
    [TestCase("R23", "actual", 2023)]
    [TestCase("B 2024", "budget", 2024)]
    [TestCase("B-2024", "budget", 2024)]
    [TestCase("BF 2027", "budget", 2027)]
    [TestCase("Budgetforslag 2027", "budget", 2027)]
    [TestCase("BO 2028", "projection", 2028)]
    [TestCase("BO28", "projection", 2028)]
    [TestCase("Overslag 2028", "projection", 2028)]
    [TestCase("Overslagsår 2029", "projection", 2029)]
    [TestCase("Regnskab 2023", "actual", 2023)]
    [TestCase("Forbrug 2025", "actual", 2025)]
    [TestCase("Vedtaget budget 2025", "original_budget", 2025)]
    [TestCase("Oprindeligt budget 2025", "original_budget", 2025)]
    [TestCase("Korrigeret budget 2025", "corrected_budget", 2025)]
    [TestCase("KB 25", "corrected_budget", 2025)]
    [TestCase("Forventet regnskab 2025", "estimate", 2025)]
    [TestCase("Tillægsbevilling 2025", "supplement", 2025)]
    [TestCase("Afvigelse 2025", "variance", 2025)]
    [TestCase("Difference 2025", "variance", 2025)]
    [TestCase("Rest 2025", "variance", 2025)]
    [TestCase("Tekn. budget 2027", "technical_budget", 2027)]
    [TestCase("Budget 2027 (2026-priser)", "budget", 2027)]
    [TestCase("Budget 2027 2026 p/l", "budget", 2027)]
    public void Types_the_danish_column_vocabulary(string header, string measure, int year)
    {
        var column = Parser.Parse([header], 2026);

        Assert.That((column.Measure.Name(), column.Year), Is.EqualTo((measure, year)));
    }

    [Test]
    public void A_stacked_year_under_regnskab_is_the_actual_of_that_year_never_a_budget()
    {
        var column = Parser.Parse(["Regnskab", "2018"], 2026);

        Assert.That((column.Measure, column.Year), Is.EqualTo((Measure.Actual, (int?)2018)));
        Assert.That(column.ConflictingMeasures, Is.Empty);
    }

    [Test]
    public void Header_levels_naming_different_measures_are_a_conflict()
    {
        var column = Parser.Parse(["Budget 2019", "Regnskab i 1.000 kr."], 2026);

        Assert.That(column.ConflictingMeasures, Is.EqualTo(new[] { Measure.Budget, Measure.Actual }));
    }

    [Test]
    public void A_quantity_under_a_budget_year_qualifies_it_without_a_conflict()
    {
        var column = Parser.Parse(["Budget 2020", "Mængde"], 2020);

        Assert.That((column.Measure, column.ConflictingMeasures.Count), Is.EqualTo((Measure.Quantity, 0)));
    }

    [TestCase("Nr.")]
    [TestCase("BO1")]
    [TestCase("Enhed 1)")]
    [TestCase("Aktivitet")]
    public void Other_headers_are_unknown(string header) =>
        Assert.That(Parser.Parse([header], 2026).Measure, Is.EqualTo(Measure.Unknown));

    [FsCheckProperty(Arbitrary = new[] { typeof(HeaderGenerators) }, MaxTest = 500)]
    public bool Any_printed_header_gives_its_measure_and_year(PrintedHeader header)
    {
        var column = Parser.Parse([header.Text], 2026);
        return column.Measure.Name() == header.Measure && column.Year == header.Year;
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(HeaderGenerators) }, MaxTest = 300)]
    public bool A_unit_in_the_header_sets_the_scale_and_changes_nothing_else(PrintedHeader header)
    {
        var column = Parser.Parse([header.Text + " i 1.000 kr."], 2026);
        return column.Measure.Name() == header.Measure && column.Year == header.Year && column.Unit?.Scale == 1000m;
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(HeaderGenerators) }, MaxTest = 300)]
    public bool The_label_is_the_printed_header_with_spacing_resolved(PrintedHeader header)
    {
        var column = Parser.Parse([header.Text], 2026);
        return column.Label == string.Join(' ', header.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [FsCheckProperty(MaxTest = 1000)]
    public bool Never_throws_on_any_text(string? text, int? fiscalYear)
    {
        var column = Parser.Parse([text ?? string.Empty], fiscalYear);
        return column.Label is not null;
    }
}
