using Extraction.Document.Numbers;
using Extraction.Tests.Support;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extraction.Tests.Numbers;

/// <summary>Table cells read in a number convention, and the convention decided per table, with the repository's pipeline.json.</summary>
[TestFixture]
public sealed class CellNumberReaderTests
{
    private static readonly CellNumberReader Reader = new(Corpus.Options.Numbers);

    private static readonly NumberConventionDecision Decision = new(
        Reader,
        Corpus.Options.Numbers.Conventions.Select(n => NumberConventionNames.TryParse(n, out var c) ? c : throw new ArgumentException(n)).ToList());

    [TestCase("4.511", NumberConvention.Danish, 4511)]
    [TestCase("-2.130", NumberConvention.Danish, -2130)]
    [TestCase("0,54", NumberConvention.Danish, 0.54)]
    [TestCase("1.370.000 kr.", NumberConvention.Danish, 1370000)]
    [TestCase("16 403,3", NumberConvention.SpaceGrouped, 16403.3)]
    [TestCase("68 225 053", NumberConvention.SpaceGrouped, 68225053)]
    [TestCase("68\u00A0225\u00A0053", NumberConvention.SpaceGrouped, 68225053)]
    [TestCase("16\u2009403,3", NumberConvention.SpaceGrouped, 16403.3)]
    [TestCase("1,234.5", NumberConvention.English, 1234.5)]
    [TestCase("12 %", NumberConvention.Danish, 12)]
    [TestCase("12,5%", NumberConvention.Danish, 12.5)]
    public void Reads_a_cell_in_its_convention(string text, NumberConvention convention, decimal expected)
    {
        var number = Reader.Read(text, convention);

        Assert.That((number.Kind, number.Value), Is.EqualTo((NumberKind.Value, (decimal?)expected)));
    }

    [Test]
    public void Where_the_setting_says_so_a_number_in_parentheses_is_negative_and_flagged_as_such()
    {
        var reader = new CellNumberReader(Corpus.Options.Numbers with { ParenthesesAreNegative = true });

        Assert.That(reader.Read("(12.440)", NumberConvention.Danish) is { Value: -12440m, NegativeByParentheses: true }, Is.True);
        Assert.That(reader.Read("-12.440", NumberConvention.Danish).NegativeByParentheses, Is.False);
        Assert.That(reader.Read("(-12.440)", NumberConvention.Danish).Kind, Is.EqualTo(NumberKind.Text));
    }

    [Test]
    public void Parentheses_are_text_unless_the_setting_says_they_are_negative()
    {
        var reader = new CellNumberReader(Corpus.Options.Numbers with { ParenthesesAreNegative = false });

        Assert.That(reader.Read("(12.440)", NumberConvention.Danish).Kind, Is.EqualTo(NumberKind.Text));
    }

    [Test]
    public void The_unit_printed_in_a_cell_is_the_cells_own()
    {
        Assert.That(Reader.Read("1.370.000 kr.", NumberConvention.Danish).Unit?.Scale, Is.EqualTo(1m));
        Assert.That(Reader.Read("12 %", NumberConvention.Danish).Unit?.Name, Is.EqualTo(Corpus.Options.Numbers.PercentUnit));
    }

    [TestCase("-")]
    [TestCase("–")]
    [TestCase("")]
    public void A_dash_or_nothing_is_no_value(string text) =>
        Assert.That(Reader.Read(text, NumberConvention.Danish).Value, Is.Null);

    [TestCase("1,234.5", NumberConvention.Danish)]
    [TestCase("1.234,5", NumberConvention.English)]
    [TestCase("16 403,3", NumberConvention.English)]
    public void A_cell_of_another_convention_is_text(string text, NumberConvention convention) =>
        Assert.That(Reader.Read(text, convention).Kind, Is.EqualTo(NumberKind.Text));

    [FsCheckProperty(Arbitrary = new[] { typeof(ConventionNumberGenerators) }, MaxTest = 500)]
    public bool A_number_reads_back_as_its_value_in_its_own_convention(ConventionNumber printed)
    {
        var number = Reader.Read(printed.Text, printed.Convention);
        return number.Kind == NumberKind.Value && number.Value == printed.Value;
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(ConventionNumberGenerators) }, MaxTest = 300)]
    public bool A_column_with_a_telling_number_is_decided_in_its_convention_and_read_whole(ConventionColumn column)
    {
        var (convention, misfits) = Decision.Decide(column.Cells.Select(c => c.Text).ToList());
        return convention == column.Convention
            && misfits == 0
            && column.Cells.All(c => Reader.Read(c.Text, convention).Value == c.Value);
    }

    [Test]
    public void A_table_is_never_read_in_two_conventions()
    {
        var (convention, misfits) = Decision.Decide(["1.234,5", "4.511", "1,234.5"]);

        Assert.That((convention, misfits), Is.EqualTo((NumberConvention.Danish, 1)));
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(ConventionNumberGenerators) }, MaxTest = 300)]
    public bool A_number_of_any_convention_is_a_figure_bare_with_its_unit_or_in_parentheses(ConventionNumber printed)
    {
        var unsigned = printed.Text.TrimStart('-');
        return Decision.IsFigure(printed.Text) && Decision.IsFigure(printed.Text + " kr.") && Decision.IsFigure("(" + unsigned + ")");
    }

    [TestCase("Note 12")]
    [TestCase("2026-priser")]
    [TestCase("01.01.2026")]
    [TestCase("(a)")]
    [TestCase("–")]
    [TestCase("412,413,414,417,421,423,428")]
    [TestCase("1.234.567.890.123.456.789.012.345.678.901")]
    public void Text_and_dashes_are_not_figures(string text) => Assert.That(Decision.IsFigure(text), Is.False);

    [FsCheckProperty(Arbitrary = new[] { typeof(ConventionNumberGenerators) }, MaxTest = 300)]
    public bool A_column_without_three_decimals_holds_no_ambiguous_number(ConventionColumn column) =>
        Decision.Ambiguous(column.Cells.Select(c => c.Text).ToList(), column.Convention) == 0;

    [TestCase(NumberConvention.English, new[] { "1,234.5", "1.234", "20,000.25" }, 1)]
    [TestCase(NumberConvention.English, new[] { "1,234.567", "1.234", "20,000.25" }, 0)]
    [TestCase(NumberConvention.Danish, new[] { "1,234", "5,678" }, 0)]
    [TestCase(NumberConvention.Danish, new[] { "1.234", "5.678", "0,54" }, 0)]
    [TestCase(NumberConvention.SpaceGrouped, new[] { "1,234", "5,678" }, 2)]
    public void Three_decimals_another_convention_reads_as_a_thousands_group_are_in_doubt_unless_the_table_shows_them_or_the_documents_convention_reads_them(NumberConvention convention, string[] cells, int ambiguous) =>
        Assert.That(Decision.Ambiguous(cells, convention), Is.EqualTo(ambiguous));
}
