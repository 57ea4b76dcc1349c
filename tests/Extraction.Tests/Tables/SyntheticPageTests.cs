using Extraction.Document.Numbers;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Confidence;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>
/// Whole pages a new user meets, built word by word and run through the whole pipeline: no caption, the unit in the
/// cell, each number convention, accounting parentheses, a stacked header and a chart. Each asserts what comes out.
/// </summary>
[TestFixture]
public sealed class SyntheticPageTests
{
    private const double Label = 60;
    private static readonly double[] Columns = [300, 380, 460];

    [Test]
    public void A_ruled_two_column_table_without_caption_with_the_unit_in_the_cells_is_read_in_kroner()
    {
        var document = new SyntheticDocument().Page().Left(Label, 70, "Kommunen bruger i år disse beløb på vejene.");
        double[] ys = [90, 110, 130, 150, 170, 190];
        foreach (var y in ys)
        {
            document.Rule(55, y, 305, y);
        }

        document.Rule(55, 90, 55, 190).Rule(200, 90, 200, 190).Rule(305, 90, 305, 190);
        document.Left(Label, 94, "Område", bold: true).Right(Columns[0], 94, "Beløb", bold: true);
        string[][] rows = [["Asfalt", "1.370.000 kr."], ["Snerydning", "450.000 kr."], ["Belysning", "230.000 kr."], ["I alt", "2.050.000 kr."]];
        for (var i = 0; i < rows.Length; i++)
        {
            document.Left(Label, ys[i + 1] + 4, rows[i][0]).Right(Columns[0], ys[i + 1] + 4, rows[i][1]);
        }

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Kind, Is.EqualTo(TableKind.Numeric));
        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(rows.Select(r => r[0])));
        Assert.That(Enumerable.Range(0, table.Rows.Count).Select(r => (table.Rows[r].Cells[1].Value, table.UnitOf(r, 1)?.Name, table.UnitOf(r, 1)?.Scale)), Is.EqualTo(new[]
        {
            ((decimal?)1370000m, Unit.Kroner, (decimal?)1m), (450000m, Unit.Kroner, 1m), (230000m, Unit.Kroner, 1m), (2050000m, Unit.Kroner, 1m),
        }));
        Assert.That(table.Rows[^1].Kind, Is.EqualTo(RowKind.Total));
        Assert.That(extraction.Checks.Any(c => c.Holds), Is.True, "the total is checked against its rows");
        Assert.That(extraction.Warnings, Is.Empty);
    }

    [Test]
    public void A_table_in_english_notation_is_read_in_it_whole()
    {
        var document = Headed("Udgifter fordelt på område", "Budget 2025", "Budget 2026");
        Row(document, 140, "Drift", "1,234.5", "1,300.0");
        Row(document, 155, "Anlæg", "20,000.25", "19,500.5");
        Row(document, 170, "Renter", "120", "130");
        Row(document, 185, "I alt", "21,354.75", "20,930.5");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.NumberConvention, Is.EqualTo(NumberConvention.English));
        Assert.That(table.Rows.Select(r => r.Cells.Skip(1).Select(c => c.Value)), Is.EqualTo(new[]
        {
            new decimal?[] { 1234.5m, 1300.0m }, [20000.25m, 19500.5m], [120m, 130m], [21354.75m, 20930.5m],
        }));
        Assert.That(table.Columns.Skip(1).Select(c => (c.Budget.Measure, c.Budget.Year)), Is.EqualTo(new (Measure, int?)[] { (Measure.Budget, 2025), (Measure.Budget, 2026) }));
        Assert.That(extraction.Warnings, Is.Empty);
        Assert.That(table.Confidence.Doubtful, Is.False);
    }

    [Test]
    public void A_point_with_three_digits_in_an_english_table_is_a_visible_doubt()
    {
        var document = Headed("Udgifter fordelt på område", "Budget 2025");
        Row(document, 140, "Drift", "1,234.5");
        Row(document, 155, "Anlæg", "1.234");
        Row(document, 170, "Renter", "20,000.25");

        var table = Extract(document).Tables.Single();

        Assert.That(table.NumberConvention, Is.EqualTo(NumberConvention.English));
        Assert.That(table.Rows[1].Cells[1].Value, Is.EqualTo(1.234m), "read in the table's convention, never in another");
        Assert.That(table.Confidence.Reasons.Select(r => r.Code), Does.Contain(CellDoubts.AmbiguousNumber));
        Assert.That(table.Confidence.Doubtful, Is.True);
    }

    [Test]
    public void A_table_grouped_by_spaces_is_read_whatever_the_space()
    {
        var document = Headed("Udgifter fordelt på område", "Budget 2025", "Budget 2026");
        Row(document, 140, "Drift", "16\u00A0403,3", "68 225 053");
        Row(document, 155, "Anlæg", "1\u2009200,7", "1 000 000");
        Row(document, 170, "I alt", "17\u00A0604,0", "69 225 053");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Rows.Select(r => r.Cells.Skip(1).Select(c => c.Value)), Is.EqualTo(new[]
        {
            new decimal?[] { 16403.3m, 68225053m }, [1200.7m, 1000000m], [17604.0m, 69225053m],
        }));
        Assert.That(extraction.Warnings, Is.Empty);
        Assert.That(table.Confidence.Doubtful, Is.False);
    }

    [Test]
    public void A_danish_table_reads_signs_decimals_and_dashes()
    {
        var document = Headed("Udgifter fordelt på område", "Budget 2025", "Budget 2026");
        Row(document, 140, "Drift", "4.511", "0,54");
        Row(document, 155, "Indtægter", "-2.130", "–");
        Row(document, 170, "I alt", "2.381", "0,54");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.NumberConvention, Is.EqualTo(NumberConvention.Danish));
        Assert.That(table.Rows.Select(r => r.Cells.Skip(1).Select(c => (c.Kind, c.Value))), Is.EqualTo(new[]
        {
            new (NumberKind, decimal?)[] { (NumberKind.Value, 4511m), (NumberKind.Value, 0.54m) },
            [(NumberKind.Value, -2130m), (NumberKind.Dash, null)],
            [(NumberKind.Value, 2381m), (NumberKind.Value, 0.54m)],
        }));
        Assert.That(extraction.Warnings, Is.Empty);
    }

    [Test]
    public void Parentheses_that_only_the_total_explains_as_negatives_are_read_negative_and_flagged()
    {
        var extraction = Extract(Accounts("(12.440)", "(13.000)", "7.660", "8.000"));
        var table = extraction.Tables.Single();

        Assert.That(table.Rows[1].Cells.Skip(1).Select(c => (c.Value, c.NegativeByParentheses)), Is.EqualTo(new[] { ((decimal?)-12440m, true), (-13000m, true) }));
        Assert.That(table.Confidence.Reasons.Select(r => r.Code), Does.Contain(CellDoubts.ParenthesesByArithmetic));
        Assert.That(extraction.UnreadFigures, Is.Empty);
        Assert.That(extraction.Warnings, Is.Empty);
    }

    [Test]
    public void Parentheses_the_total_adds_as_positive_are_left_to_the_setting()
    {
        var extraction = Extract(Accounts("(12.440)", "(13.000)", "32.540", "34.000"));
        var table = extraction.Tables.Single();

        Assert.That(table.Rows[1].Cells.Skip(1).Select(c => (c.Kind, c.Value)), Is.EqualTo(new[] { (NumberKind.Text, (decimal?)null), (NumberKind.Text, null) }), "parentheses are not negative by the setting, and the arithmetic does not say otherwise");
        Assert.That(extraction.UnreadFigures.Count(), Is.EqualTo(2), "a doubt the user can see");
        Assert.That(table.Confidence.Reasons.Select(r => r.Code), Does.Not.Contain(CellDoubts.ParenthesesByArithmetic));
    }

    [Test]
    public void Parentheses_are_negative_where_the_setting_says_so()
    {
        var options = Corpus.Options with { Numbers = Corpus.Options.Numbers with { ParenthesesAreNegative = true } };
        var document = Accounts("(12.440)", "-13.000", "7.660", "8.000");
        var extraction = ((DocumentSucceeded)new DocumentPipeline(options, document).Process("synthetic.pdf")).Extraction;
        var table = extraction.Tables.Single();

        Assert.That(table.Rows[1].Cells.Skip(1).Select(c => (c.Value, c.NegativeByParentheses)), Is.EqualTo(new[] { ((decimal?)-12440m, true), (-13000m, false) }));
        Assert.That(table.Confidence.Reasons.Select(r => r.Code), Does.Not.Contain(CellDoubts.ParenthesesByArithmetic), "the setting decided, not the arithmetic");
        Assert.That(extraction.Warnings, Is.Empty);
    }

    [Test]
    public void A_bar_chart_with_axis_ticks_and_category_labels_is_not_a_table()
    {
        var document = new SyntheticDocument().Page().Left(Label, 70, "Figur 1 Udgifter til drift 2019-2022", bold: true);
        string[] ticks = ["2.000", "1.500", "1.000", "500", "0"];
        for (var i = 0; i < ticks.Length; i++)
        {
            document.Right(95, 100 + (i * 30), ticks[i]).Rule(100, 105 + (i * 30), 420, 105 + (i * 30));
        }

        (string Year, string Value, double Top)[] bars = [("2019", "1.420", 148), ("2020", "1.610", 133), ("2021", "1.790", 121), ("2022", "1.880", 115)];
        for (var i = 0; i < bars.Length; i++)
        {
            var x = 130 + (i * 75);
            document.Image(x, bars[i].Top, x + 40, 225).Left(x + 5, bars[i].Top - 12, bars[i].Value).Left(x + 10, 235, bars[i].Year);
        }

        document.Left(Label, 260, "Kilde: Kommunens regnskaber.");

        Assert.That(Extract(document).Tables, Is.Empty);
    }

    [Test]
    public void A_stacked_header_Regnskab_over_2018_without_caption_is_the_actual_of_2018()
    {
        var document = new SyntheticDocument().Page().Left(Label, 80, "Udviklingen i udgifterne");
        string[] measures = ["Regnskab", "Budget", "Overslag"];
        string[] years = ["2018", "2019", "2020"];
        for (var i = 0; i < Columns.Length; i++)
        {
            document.Right(Columns[i], 110, measures[i], bold: true).Right(Columns[i], 122, years[i], bold: true);
        }

        Row(document, 140, "Drift", "1.000", "1.100", "1.200");
        Row(document, 155, "Anlæg", "500", "400", "300");
        Row(document, 170, "I alt", "1.500", "1.500", "1.500");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Columns.Skip(1).Select(c => (c.Budget.Measure, c.Budget.Year)), Is.EqualTo(new (Measure, int?)[] { (Measure.Actual, 2018), (Measure.Budget, 2019), (Measure.Projection, 2020) }));
        Assert.That(table.Confidence.Doubtful, Is.False);
    }

    /// <summary>An accounts table without caption: expenses, income printed as given, and the net total.</summary>
    private static SyntheticDocument Accounts(string income2024, string income2025, string net2024, string net2025)
    {
        var document = Headed("Regnskab og budget for området", "Regnskab 2024", "Budget 2025");
        Row(document, 140, "Udgifter", "20.100", "21.000");
        Row(document, 155, "Indtægter", income2024, income2025);
        Row(document, 170, "Nettoudgifter i alt", net2024, net2025);
        return document;
    }

    /// <summary>A page with a heading (not a caption) and a header line of the given columns, "I 1.000 kr." over the labels.</summary>
    private static SyntheticDocument Headed(string heading, params string[] headers)
    {
        var document = new SyntheticDocument().Page().Left(Label, 95, heading, bold: true);
        document.Left(Label, 120, "I 1.000 kr.", bold: true);
        for (var i = 0; i < headers.Length; i++)
        {
            document.Right(Columns[i], 120, headers[i], bold: true);
        }

        return document;
    }

    private static void Row(SyntheticDocument document, double y, string label, params string[] values)
    {
        document.Left(Label, y, label);
        for (var i = 0; i < values.Length; i++)
        {
            document.Right(Columns[i], y, values[i]);
        }
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
