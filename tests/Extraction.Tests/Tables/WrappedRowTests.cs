using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;
using static Extraction.Tests.Support.SyntheticTable;

namespace Extraction.Tests.Tables;

/// <summary>
/// Labels wrapped over several lines, with their figures on the first, a middle or the last line, built word by word
/// (10 pt lines, 10 pt high): which row each line belongs to is read from the spacing, the letters and the room.
/// </summary>
[TestFixture]
public sealed class WrappedRowTests
{
    [Test]
    public void Rows_set_further_apart_than_the_lines_of_a_cell_keep_each_label_with_its_figures_wherever_they_sit()
    {
        // Lines of a cell 10 pt apart (no blank space), rows 13 pt apart (3 pt of padding, less than a row split).
        var document = Table("Tabel 1.1 Puljer");
        Row(document, 140, "Drift", "1", "2", "3");
        Row(document, 153, "Pulje til investeringer på", "4", "5", "6");
        document.Left(Label, 163, "anlægsrammen");
        document.Left(Label, 176, "Pulje til");
        Row(document, 186, "investeringer på", "7", "8", "9");
        document.Left(Label, 196, "servicerammen");
        document.Left(Label, 209, "Pulje til investeringer på");
        Row(document, 219, "driftsrammen", "10", "11", "12");
        Row(document, 232, "Anlæg", "22", "24", "30");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[]
        {
            "Drift", "Pulje til investeringer på anlægsrammen", "Pulje til investeringer på servicerammen", "Pulje til investeringer på driftsrammen", "Anlæg",
        }));
        Assert.That(table.Rows.Select(r => r.Cells[1].Value), Is.EqualTo(new decimal?[] { 1, 4, 7, 10, 22 }));
    }

    [Test]
    public void A_label_wrapped_after_a_hyphen_with_its_figures_on_its_first_line_keeps_its_last_line()
    {
        // Rows and the lines of a cell evenly spaced: the hyphen says where the label goes on.
        var document = Table("Tabel 1.2 IT");
        Row(document, 140, "Hardware og WAN-", "67", "-1.590", "5");
        document.Left(Label, 153, "forbindelser");
        Row(document, 166, "Software og licenser", "7", "8", "9");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Hardware og WAN-forbindelser", "Software og licenser" }));
    }

    [Test]
    public void A_label_line_the_next_label_would_have_fitted_after_is_a_row_of_its_own()
    {
        // Evenly spaced: "Drift" would have fitted after "Drift Virksomheder" in a column as wide as the widest label,
        // so that line was not wrapped: it is a heading, not the first line of the row below.
        var document = Table("Tabel 1.3 Drift");
        document.Left(Label, 140, "Drift Virksomheder");
        Row(document, 153, "Drift Fagområde", "1", "2", "3");
        Row(document, 166, "Politikområde IT-drift i alt", "1", "2", "3");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift Virksomheder", "Drift Fagområde", "Politikområde IT-drift i alt" }));
        Assert.That(table.Rows[0].Cells.Skip(1).Select(c => c.Value), Is.All.Null);
    }

    [Test]
    public void Label_lines_of_their_own_around_a_row_set_further_apart_than_a_wrapped_heading_stay_apart()
    {
        var document = Table("Tabel 1.4 Korrektioner");
        document.Left(Label, 140, "Administrationsbidrag jf. skøn fra");
        document.Left(Label, 150, "UDK");
        Row(document, 163, "Allerede indregnet i budgettet", "8", "9", "10");
        document.Left(Label, 176, "Teknisk korrektion");
        Row(document, 189, "Netto", "1", "2", "3");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[]
        {
            "Administrationsbidrag jf. skøn fra UDK", "Allerede indregnet i budgettet", "Teknisk korrektion", "Netto",
        }));
        Assert.That(table.Rows.Select(r => r.Cells[1].Value), Is.EqualTo(new decimal?[] { null, 8, null, 1 }));
    }

    [Test]
    public void A_total_label_wrapped_around_figures_centred_between_its_lines_is_one_total_row()
    {
        var document = Table("Tabel 1.5 Service");
        Row(document, 140, "Pulje til service", "1", "2", "3");
        document.Left(Label, 153, "Serviceudgifter i", bold: true);
        SyntheticTable.Numbers(document, 159, "1", "2", "3");
        document.Left(Label, 165, "alt", bold: true);

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Pulje til service", "Serviceudgifter i alt" }));
        Assert.That(table.Rows[^1].Kind, Is.EqualTo(RowKind.Total));
    }

    [Test]
    public void A_table_continued_without_its_header_keeps_the_first_lines_of_its_first_label()
    {
        var document = Table("Tabel 1.6 Budget");
        Row(document, 140, "Drift", "1", "2", "3");
        document.Page();
        document.Left(Label, 60, "Ikke tildelt budget - kompenserende besparelse skal");
        Row(document, 70, "udarbejdes", null, null, "-300");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "Ikke tildelt budget - kompenserende besparelse skal udarbejdes" }));
    }

    [Test]
    public void A_table_continued_without_its_header_with_one_figure_set_midway_in_its_label_keeps_that_row()
    {
        // One figure alone between the two lines of its label reads as no row of a table (no label, one figure); at
        // the top of a page, with no table above it, it is the continued table's row all the same.
        var document = Table("Tabel 1.12 Budget");
        Row(document, 140, "Drift", "1", "2", "3");
        document.Page();
        document.Left(Label, 60, "Ikke tildelt budget - kompenserende");
        document.Right(SyntheticTable.Columns[2], 66, "-500");
        document.Left(Label, 72, "besparelse skal udarbejdes");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "Ikke tildelt budget - kompenserende besparelse skal udarbejdes" }));
        Assert.That(table.Rows[^1].Cells[3].Value, Is.EqualTo(-500m));
    }

    [Test]
    public void The_last_row_keeps_its_wrapped_label_when_rows_are_numbered_in_a_column_of_their_own()
    {
        // The label's second line starts where the label starts, not where the row's number does.
        var document = Table("Tabel 1.13 Anlæg");
        document.Left(30, 140, "1");
        Row(document, 140, "Udvikling", "1", "2", "3");
        document.Left(30, 153, "2");
        Row(document, 153, "IT, inventar og", "-845", "109", "5");
        document.Left(Label, 163, "materiel");
        document.Left(30, 200, "Tabellen viser anlæggene.");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Udvikling", "IT, inventar og materiel" }));
    }

    [Test]
    public void A_number_whose_cell_goes_on_with_text_on_the_line_of_the_figures_is_text()
    {
        // "1112 –" over "Fælles" over "rammepuljer": an account and its name in a text column, beside a label whose
        // figures sit on its second line; the account number is no figure, so the first line is no row of its own.
        var document = Table("Tabel 1.7 Bevillinger");
        document.Left(Label, 140, "Pulje til investeringer").Left(200, 140, "1112 –");
        Row(document, 150, "på servicerammen", "1", "2", "3");
        document.Left(200, 150, "Fælles").Left(200, 160, "rammepuljer");
        Row(document, 173, "Serviceudgifter i alt", "1", "2", "3");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Pulje til investeringer på servicerammen", "Serviceudgifter i alt" }));
        Assert.That(table.Rows[0].Cells.Select(c => c.Text), Has.Member("1112 – Fælles rammepuljer"));
    }

    [Test]
    public void A_heading_above_the_only_row_stays_apart_when_word_boxes_are_the_fonts_whole_height()
    {
        // Boxes 1.27 em tall leave 0.17 em between lines set 1.44 em apart; the type leaves 0.44 em, more than a row split.
        var document = Table("Tabel 1.8 Korrektioner", boxHeightEm: 1.27);
        document.Left(Label, 134.4, "Administrationsbidrag jf. skøn fra UDK");
        Row(document, 148.8, "Allerede indregnet i budgettet", "8", "9", "10");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Administrationsbidrag jf. skøn fra UDK", "Allerede indregnet i budgettet" }));
    }

    [Test]
    public void A_label_wrapped_at_the_fonts_leading_stays_one_row_when_word_boxes_are_the_fonts_whole_height()
    {
        // Boxes 1.27 em tall overlap between lines set 1.2 em apart; the type leaves 0.2 em, less than a row split.
        var document = Table("Tabel 1.9 Bidrag", boxHeightEm: 1.27);
        document.Left(Label, 134.4, "Administrationsbidrag til");
        Row(document, 146.4, "Udbetaling Danmark", "8", "9", "10");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Administrationsbidrag til Udbetaling Danmark" }));
    }

    [Test]
    public void A_label_set_tightly_round_figures_centred_on_it_stays_one_row()
    {
        // 9.5 pt lines 10.5 pt apart, the figures halfway between the second and third line, on a line of their own:
        // they overlap the label's lines, and the label's own lines are as close as lines of one cell.
        var document = Table("Tabel 1.10 Drift");
        TightLabelRoundFigures(document, firstLineAbove: 10.5, figuresBelowSecondLine: 5.2, thirdLineBelowSecond: 10.5);

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "IT-drift (Infrastruktur, hardware og software), i alt" }));
        Assert.That(table.Rows[0].Cells[1].Value, Is.EqualTo(22605m));
    }

    [Test]
    public void A_label_set_tightly_round_figures_read_with_one_of_its_lines_stays_one_row()
    {
        // The figures are nearer the second line and read with it: that line reaches lower than its label (its middle
        // is 2.25 pt lower), but the label is as close to the first line as lines of one cell are.
        var document = Table("Tabel 1.11 Drift");
        TightLabelRoundFigures(document, firstLineAbove: 11, figuresBelowSecondLine: 4.5, thirdLineBelowSecond: 12);

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "IT-drift (Infrastruktur, hardware og software), i alt" }));
        Assert.That(table.Rows[0].Cells[1].Value, Is.EqualTo(22605m));
    }

    private static void TightLabelRoundFigures(SyntheticDocument document, double firstLineAbove, double figuresBelowSecondLine, double thirdLineBelowSecond)
    {
        const double size = 9.5;
        const double second = 144.5;
        var figures = second + figuresBelowSecondLine;
        var third = second + thirdLineBelowSecond;
        document.Left(Label, second - firstLineAbove, "IT-drift", size: size);
        document.Left(Label, second, "(Infrastruktur,", size: size);
        document.Right(SyntheticTable.Columns[0], figures, "22.605", size: size).Right(SyntheticTable.Columns[1], figures, "0", size: size).Right(SyntheticTable.Columns[2], figures, "0", size: size);
        document.Left(Label, third, "hardware og", size: size);
        document.Left(Label, third + 10.5, "software), i alt", size: size);
    }

    private static SyntheticDocument Table(string caption, double boxHeightEm = 1)
    {
        var document = new SyntheticDocument { BoxHeightEm = boxHeightEm }.Page().Left(Label, 100, caption, bold: true);
        Header(document, 120);
        return document;
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
