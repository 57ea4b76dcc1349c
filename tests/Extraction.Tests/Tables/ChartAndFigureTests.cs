using System.Globalization;
using Extraction.Pipeline;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables.Figures;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>
/// Charts and figures are not tables (pipeline.json <c>tables.figures</c>): each sign on a synthetic page the detectors
/// would otherwise read as a table (shown by reading it once with the signs turned off), and tables printed next to a
/// figure that must still be found.
/// </summary>
[TestFixture]
public sealed class ChartAndFigureTests
{
    private const double Label = 60;

    [Test]
    public void A_stacked_bar_chart_with_data_labels_and_a_row_of_percent_ticks_is_not_a_table()
    {
        var document = new SyntheticDocument().Page().Left(Label, 60, "Befolkningen fordelt på aldersgrupper i de kommende år.");
        (string Year, string[] Labels)[] bars =
        [
            ("2001", ["30,5", "49,0", "20,4"]), ("2005", ["29,7", "48,6", "21,7"]), ("2010", ["28,7", "46,3", "25,0"]),
            ("2015", ["27,2", "45,0", "27,8"]), ("2030", ["26,6", "41,2", "32,2"]),
        ];
        for (var i = 0; i < bars.Length; i++)
        {
            var y = 100 + (i * 20);
            document.Left(Label, y, bars[i].Year).Right(190 - i, y, bars[i].Labels[0]).Right(330 - (2 * i), y, bars[i].Labels[1]).Right(470 - (3 * i), y, bars[i].Labels[2]);
        }

        for (var k = 0; k <= 10; k++)
        {
            document.Left(100 + (k * 40), 205, (k * 10).ToString(CultureInfo.InvariantCulture) + "%");
        }

        document.Left(150, 225, "0 til 24 år").Left(260, 225, "25 til 59 år").Left(380, 225, "60 år og derover");

        Assert.That(Extract(document, figures: false).Tables, Is.Not.Empty, "without the signs the chart is read as a table");
        Assert.That(Extract(document).Tables, Is.Empty);
    }

    [Test]
    public void A_bar_chart_whose_axis_is_a_column_of_ticks_beside_its_data_labels_is_not_a_table()
    {
        var document = new SyntheticDocument().Page().Left(Label, 60, "Andel der har lånt til uddannelsen.");
        string[] ticks = ["100", "80", "60", "40", "20", "0"];
        for (var i = 0; i < ticks.Length; i++)
        {
            document.Right(95, 90 + (i * 30), ticks[i]);
        }

        document.Right(170, 150, "22").Right(250, 150, "28").Right(330, 150, "33").Right(410, 150, "41");
        document.Right(170, 180, "11").Right(250, 180, "17").Right(330, 180, "31").Right(410, 180, "38");
        document.Right(170, 210, "32").Right(250, 210, "23").Right(330, 210, "12").Right(410, 210, "3");
        document.Left(140, 255, "Bachelor").Left(220, 255, "Kandidat").Left(300, 255, "Ph.d.").Left(380, 255, "Andet");

        Assert.That(Extract(document, figures: false).Tables, Is.Not.Empty, "without the signs the data labels are read as a table");
        Assert.That(Extract(document).Tables, Is.Empty);
    }

    [Test]
    public void A_block_of_numbers_under_a_figure_caption_is_a_figure_not_a_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 80, "Figure 2. Disability by age", bold: true)
            .Left(Label, 94, "(In percent)")
            .Left(Label, 104, "Age").Right(220, 104, "Severe").Right(300, 104, "Any").Right(380, 104, "Assisted");
        string[][] rows = [["Under 15", "4,2", "8,4", "0,5"], ["15 to 24", "5,3", "10,2", "1,4"], ["25 to 44", "7,3", "11,0", "2,0"], ["45 to 54", "13,8", "19,7", "3,6"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 115 + (i * 15);
            document.Left(Label, y, rows[i][0]).Right(220, y, rows[i][1]).Right(300, y, rows[i][2]).Right(380, y, rows[i][3]);
        }

        Assert.That(Extract(document, figures: false).Tables, Is.Not.Empty, "without the signs the numbers are read as a table");
        Assert.That(Extract(document).Tables, Is.Empty);
    }

    [Test]
    public void A_table_under_its_own_caption_after_a_figure_is_still_a_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 60, "Figur 1 Udgifter pr. indbygger", bold: true)
            .Image(Label, 75, 400, 250)
            .Left(Label, 255, "Kilde: Danmarks Statistik.")
            .Left(Label, 280, "Tabel 3 Udgifter fordelt på område", bold: true);
        Budget(document, 300);

        var table = Extract(document).Tables.Single();

        Assert.That(table.Id, Is.EqualTo("3"));
        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "Anlæg", "I alt" }));
    }

    [Test]
    public void A_table_right_after_a_figure_and_its_caption_is_still_a_table()
    {
        // The caption under a figure sits nearer the picture than the table after it; a caption over a figure is
        // separated from the table below the picture by the picture.
        var captionUnder = new SyntheticDocument().Page()
            .Image(Label, 60, 400, 220)
            .Left(Label, 226, "Figur 1 Udgifter 2019-2022", bold: true);
        Budget(captionUnder, 250);
        var captionOver = new SyntheticDocument().Page()
            .Left(Label, 60, "Figur 2 Udgifter 2023-2026", bold: true)
            .Image(Label, 75, 400, 230);
        Budget(captionOver, 245);

        Assert.That(Extract(captionUnder).Tables.Single().Rows, Has.Count.EqualTo(3));
        Assert.That(Extract(captionOver).Tables.Single().Rows, Has.Count.EqualTo(3));
    }

    private static void Budget(SyntheticDocument document, double top)
    {
        document.Right(300, top, "Budget 2025", bold: true).Right(380, top, "Budget 2026", bold: true);
        string[][] rows = [["Drift", "1.000", "1.100"], ["Anlæg", "200", "250"], ["I alt", "1.200", "1.350"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = top + 18 + (i * 15);
            document.Left(Label, y, rows[i][0]).Right(300, y, rows[i][1]).Right(380, y, rows[i][2]);
        }
    }

    private static DocumentExtraction Extract(SyntheticDocument document, bool figures = true)
    {
        var options = Corpus.Options with { Tables = Corpus.Options.Tables with { Figures = new FigureOptions { Enabled = figures } } };
        return ((DocumentSucceeded)new DocumentPipeline(options, document).Process("synthetic.pdf")).Extraction;
    }
}
