using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Assembly;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;
using Extraction.Outputs;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Confidence;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>
/// Budget layouts a new user meets, built word by word: number conventions, units in cells, accounting parentheses,
/// the Danish column vocabulary, stacked headers, and the confidence and status they come out with.
/// </summary>
[TestFixture]
public sealed class SyntheticConventionTests
{
    private const double Label = 60;
    private static readonly double[] Columns = [280, 350, 420, 490];

    [Test]
    public void A_two_column_grid_without_caption_with_the_unit_in_the_cells_and_a_total_is_read_in_kroner()
    {
        var table = Assemble(
            ["Område", "Beløb"],
            [["Asfalt", "1.370.000 kr."], ["Snerydning", "450.000 kr."], ["Belysning", "230.000 kr."], ["I alt", "2.050.000 kr."]]);

        Assert.That(table.Columns[1].Role, Is.EqualTo(ColumnRole.Number), "every cell of the column is a number in the table's convention");
        Assert.That(Enumerable.Range(0, table.Rows.Count).Select(r => (table.Rows[r].Cells[1].Value, table.UnitOf(r, 1)?.Name, table.UnitOf(r, 1)?.Scale)), Is.EqualTo(new[]
        {
            ((decimal?)1370000m, Unit.Kroner, (decimal?)1m), (450000m, Unit.Kroner, 1m), (230000m, Unit.Kroner, 1m), (2050000m, Unit.Kroner, 1m),
        }));
        Assert.That(table.Rows[^1].Kind, Is.EqualTo(RowKind.Total));
    }

    [Test]
    public void A_grid_in_english_notation_is_read_in_it_and_never_in_two_conventions()
    {
        var table = Assemble(["I 1.000 kr.", "Budget 2025"], [["Drift", "1,234.5"], ["Anlæg", "20,000.25"], ["Other", "1.234,5"], ["I alt", "21,234.75"]]);

        Assert.That(table.NumberConvention, Is.EqualTo(NumberConvention.English));
        Assert.That(table.Rows.Select(r => r.Cells[1].Value), Is.EqualTo(new decimal?[] { 1234.5m, 20000.25m, null, 21234.75m }));
        Assert.That((table.Rows[2].Cells[1].Kind, table.ConventionMisfits), Is.EqualTo((NumberKind.Text, 1)), "the Danish cell is left as printed, not read in another convention");
    }

    [Test]
    public void Columns_headed_R_2023_B_2024_BO_2026_and_Overslag_2026_are_typed()
    {
        var document = Captioned("Tabel 1.1 Udgifter");
        Header(document, 120, "R 2023", "B 2024", "BO 2026", "Overslag 2027");
        Row(document, 140, "Drift", "1.000", "2.000", "3.000", "4.000");
        Row(document, 155, "I alt", "1.000", "2.000", "3.000", "4.000");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Columns.Skip(1).Select(c => (c.Budget.Measure, c.Budget.Year)), Is.EqualTo(new (Measure, int?)[]
        {
            (Measure.Actual, 2023), (Measure.Budget, 2024), (Measure.Projection, 2026), (Measure.Projection, 2027),
        }));
        Assert.That(table.Confidence.Doubtful, Is.False);
    }

    [Test]
    public void Negatives_in_parentheses_are_read_and_flagged()
    {
        var document = Captioned("Tabel 2.1 Regnskab");
        Header(document, 120, "Regnskab 2024", "Budget 2025");
        Row(document, 140, "Udgifter", "20.100", "21.000");
        Row(document, 155, "Indtægter", "(12.440)", "-13.000");
        Row(document, 170, "Nettoudgifter i alt", "7.660", "8.000");

        var options = Corpus.Options with { Numbers = Corpus.Options.Numbers with { ParenthesesAreNegative = true } };
        var extraction = ((DocumentSucceeded)new DocumentPipeline(options, document).Process("synthetic.pdf")).Extraction;
        var table = extraction.Tables.Single();

        Assert.That(table.Rows[1].Cells.Skip(1).Select(c => (c.Value, c.NegativeByParentheses)), Is.EqualTo(new[] { ((decimal?)-12440m, true), (-13000m, false) }));
        Assert.That(extraction.UnreadFigures, Is.Empty);
        Assert.That(extraction.Warnings, Is.Empty, "the column sums hold with the parentheses read as negatives");
    }

    [Test]
    public void A_total_label_Nettoudgifter_i_alt_is_kept_whole()
    {
        var document = Captioned("Tabel 3.1 Netto");
        Header(document, 120, "Budget 2025", "Budget 2026");
        Row(document, 140, "Udgifter", "300", "400");
        Row(document, 155, "Indtægter", "-100", "-100");
        Row(document, 170, "Nettoudgifter i alt", "200", "300");

        var table = Extract(document).Tables.Single();

        Assert.That((table.Rows[^1].Label, table.Rows[^1].Kind), Is.EqualTo(("Nettoudgifter i alt", RowKind.Total)));
    }

    [TestCase(NumberConvention.SpaceGrouped, "1 234,5", "20 000,25", "21 234,75")]
    public void A_table_in_another_convention_is_read_in_it(NumberConvention convention, string first, string second, string total)
    {
        var document = Captioned("Tabel 4.1 Udgifter");
        Header(document, 120, "Budget 2025");
        Row(document, 140, "Drift", first);
        Row(document, 155, "Anlæg", second);
        Row(document, 170, "I alt", total);

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Rows.Select(r => r.Cells[1].Value), Is.EqualTo(new decimal?[] { 1234.5m, 20000.25m, 21234.75m }));
        Assert.That(extraction.Warnings, Is.Empty);
        Assert.That(table.NumberConvention, Is.EqualTo(convention).Or.EqualTo(NumberConvention.Danish), "a space grouped by a narrow space reads the same in Danish");
    }

    [Test]
    public void A_stacked_header_Regnskab_over_2018_is_the_actual_of_2018()
    {
        var document = Captioned("Tabel 5.1 Udvikling");
        document.Right(Columns[0], 115, "Regnskab", bold: true).Right(Columns[1], 115, "Budget", bold: true);
        document.Right(Columns[0], 127, "2018", bold: true).Right(Columns[1], 127, "2019", bold: true);
        Row(document, 145, "Drift", "1.000", "1.100");
        Row(document, 160, "I alt", "1.000", "1.100");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Columns.Skip(1).Select(c => (c.Budget.Measure, c.Budget.Year)), Is.EqualTo(new (Measure, int?)[] { (Measure.Actual, 2018), (Measure.Budget, 2019) }));
    }

    [Test]
    public void A_column_the_vocabulary_does_not_know_makes_the_table_doubtful_and_the_document_ok_with_warnings()
    {
        var document = Captioned("Tabel 6.1 Udgifter");
        Header(document, 120, "Budget 2025", "Ramme 2026");
        Row(document, 140, "Drift", "1.000", "1.100");
        Row(document, 155, "I alt", "1.000", "1.100");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Columns[2].Budget.Measure, Is.EqualTo(Measure.Unknown));
        Assert.That(table.Columns[2].Label, Is.EqualTo("Ramme 2026"), "an unknown header stays as printed");
        Assert.That(table.Confidence.Score, Is.LessThan(1.0));
        Assert.That(extraction.Doubts[DocumentDoubts.UnknownMeasures], Is.EqualTo(1));
        Assert.That(FactBuilder.Build(extraction).Select(f => f.TableConfidence).Distinct(), Is.EqualTo(new[] { table.Confidence.Score }));
    }

    /// <summary>A table as the tables stage would give it (label column, then columns of text), assembled alone.</summary>
    private static BudgetTable Assemble(string[] header, string[][] rows)
    {
        var columns = header.Select((h, i) => new GridColumn(100 * i, (100 * i) + 80, i == 0 ? ColumnRole.Label : ColumnRole.Text, [h])).ToList();
        var box = new Box(0, 0, 100 * header.Length, 20 * (rows.Length + 1));
        var gridRows = rows.Select((r, i) => new GridRow(1, new Box(0, 20 * (i + 1), box.X1, 20 * (i + 2)), r.Select(t => new GridCell(t, new Box(0, 20 * (i + 1), 80, 20 * (i + 2)), false)).ToList())).ToList();
        var grid = new TableGrid(1, box, columns, header.Select((h, i) => new HeaderCell(h, 0, i, 1, 1)).ToList(), gridRows, true, [(1, box)]);
        var structure = new DocumentStructure(null, null, null, 2025, null, [], [], [new TableContext(0, null, null, null, null, [], null, false)]);
        var options = Corpus.Options;
        return new TableAssembler(options.Assembly, options.Columns, options.Numbers, options.Proposals.TableIdSeparator, options.Layout.Hyphenation).Assemble([grid], structure).Single();
    }

    private static SyntheticDocument Captioned(string caption) => new SyntheticDocument().Page().Left(Label, 100, caption, bold: true);

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;

    private static void Header(SyntheticDocument document, double y, params string[] headers)
    {
        document.Left(Label, y, "I 1.000 kr.", bold: true);
        for (var i = 0; i < headers.Length; i++)
        {
            document.Right(Columns[i], y, headers[i], bold: true);
        }
    }

    private static void Row(SyntheticDocument document, double y, string label, params string[] values)
    {
        document.Left(Label, y, label);
        for (var i = 0; i < values.Length; i++)
        {
            document.Right(Columns[i], y, values[i]);
        }
    }
}
