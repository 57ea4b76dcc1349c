using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>
/// Lines a table's region must keep although they are not rows of figures of their own: a figure set alone between
/// the two lines of its label, an account number wrapped with its name beside a label wrapped over three lines, a key
/// beside the figures wrapped onto a line of its own, the lines of a label round a row code and its figures. Losing
/// one ends the table there, and its last rows are lost.
/// </summary>
[TestFixture]
public sealed class SyntheticRegionTests
{
    private const double Label = 60;
    private static readonly double[] Columns = [300, 370, 440];

    [Test]
    public void A_figure_set_alone_between_the_two_lines_of_its_label_is_the_rows_figure()
    {
        var document = new SyntheticDocument().Page().Left(Label, 100, "Tabel 12.2", bold: true);
        document.Left(Label, 120, "I 1.000 kr.", bold: true).Right(Columns[0], 120, "R24", bold: true).Right(Columns[1], 120, "B25", bold: true).Right(Columns[2], 120, "Tillæg", bold: true);
        document.Left(Label, 135, "Borgerservice, samlet").Right(Columns[0], 135, "5.276").Right(Columns[1], 135, "4.482").Right(Columns[2], 135, "900");
        document.Left(Label, 150, "Ikke tildelt budget - kompenserende").Right(Columns[2], 156, "-600").Left(Label, 162, "besparelse skal udarbejdes");
        document.Left(Label, 190, "Borgerservice varetager en række lovbestemte opgaver for alle kommunens borgere.");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Borgerservice, samlet", "Ikke tildelt budget - kompenserende besparelse skal udarbejdes" }));
        Assert.That(table.Rows[1].Cells.Skip(1).Select(c => c.Value), Is.EqualTo(new decimal?[] { null, null, -600m }));
    }

    [Test]
    public void A_table_whose_only_row_is_a_line_of_figures_between_the_two_lines_of_its_label_is_read()
    {
        var document = new SyntheticDocument().Page().Left(Label, 100, "6.2 Tabel", bold: true);
        document.Left(Label, 120, "I 1.000 kr.", bold: true).Right(Columns[0], 120, "R25", bold: true).Right(Columns[1], 120, "B27", bold: true).Right(Columns[2], 120, "Tillæg", bold: true);
        document.Left(Label, 134, "Andre fritidsfaciliteter,").Right(Columns[0], 139.5, "57").Right(Columns[1], 139.5, "82").Right(Columns[2], 139.5, "0").Left(Label, 145, "samlet");
        document.Left(Label, 170, "Alle år er i 2028 priser.");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Andre fritidsfaciliteter, samlet" }));
        Assert.That(table.Rows[0].Cells.Skip(1).Select(c => c.Value), Is.EqualTo(new decimal?[] { 57m, 82m, 0m }));
    }

    [Test]
    public void An_account_number_wrapped_over_a_label_wrapped_round_its_figures_is_text_and_the_rows_below_stay()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 80, "Tabel 2. Udgifter til service", bold: true)
            .Left(Label, 100, "1.000 kr., 2027 p/l", bold: true).Left(180, 100, "Bevilling", bold: true)
            .Right(Columns[0], 100, "2027", bold: true).Right(Columns[1], 100, "2028", bold: true).Right(Columns[2], 100, "I alt", bold: true)
            .Left(Label, 115, "Pulje til").Left(180, 115, "1112 –")
            .Left(Label, 127, "investeringer på").Left(180, 127, "Fælles").Right(Columns[0], 127, "11.100").Right(Columns[1], 127, "21.400").Right(Columns[2], 127, "32.500")
            .Left(Label, 139, "servicerammen").Left(180, 139, "rammepuljer")
            .Left(Label, 158, "Serviceudgifter i alt", bold: true).Right(Columns[0], 158, "11.100", bold: true).Right(Columns[1], 158, "21.400", bold: true).Right(Columns[2], 158, "32.500", bold: true);

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Rows.Select(r => r.Cells[1].Text), Is.EqualTo(new[] { "1112 – Fælles rammepuljer", string.Empty }));
        Assert.That(table.Rows.Select(r => (r.Label, r.Kind)), Is.EqualTo(new[] { ("Pulje til investeringer på servicerammen", RowKind.Data), ("Serviceudgifter i alt", RowKind.Total) }));
        Assert.That(FactBuilder.Build(extraction).Select(f => f.Value), Is.EqualTo(new[] { 11100m, 11100m, 21400m, 21400m, 32500m, 32500m }));
    }

    [Test]
    public void A_key_beside_the_figures_wrapped_onto_a_line_of_its_own_keeps_the_rows_below_in_the_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 80, "Titel", bold: true).Left(400, 80, "Nr.", bold: true)
            .Left(Label, 95, "Digital udvikling", bold: true).Left(400, 95, "T7", bold: true)
            .Left(Label, 130, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, 130, "2027", bold: true).Right(300, 130, "2028", bold: true).Left(320, 130, "Iværksættelsestidspunkt:", bold: true);
        Row(document, 145, "Udgifter", "1,700", "1,700").Left(320, 145, "01.01.2027");
        Row(document, 160, "Indtægter", "0,000", "0,000").Left(320, 160, "Indenfor", bold: true).Left(320, 170, "servicerammen:", bold: true);
        Row(document, 184, "Netto", "1,700", "1,700").Left(320, 184, "Ja", bold: true);
        Row(document, 199, "Antal fuldtidsstillinger", "0", "0");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Udgifter", "Indtægter", "Netto", "Antal fuldtidsstillinger" }));
        Assert.That(table.Columns.Select(c => c.Label), Is.EqualTo(new[] { "(Mio. kr. i 2027-priser)", "2027", "2028" }));
    }

    [Test]
    public void A_row_code_on_the_line_of_the_figures_between_the_lines_of_its_label_is_no_figure_and_the_table_goes_on()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Nr.", bold: true).Left(90, 100, "Aktivitet", bold: true).Right(Columns[0], 100, "Budget", bold: true).Right(Columns[1], 100, "Regnskab", bold: true)
            .Left(Label, 114, "1").Left(90, 114, "Udvikling").Right(Columns[0], 114, "4.470").Right(Columns[1], 114, "3.463");
        foreach (var (y, code, first, second, budget, actual) in new[] { (130.0, "2", "IT, inventar og", "materiel", "3.518", "5.065"), (158.0, "2.a", "Hardware og WAN-", "forbindelser", "41", "-970") })
        {
            document.Left(90, y, first).Left(Label, y + 5.2, code).Right(Columns[0], y + 5.2, budget).Right(Columns[1], y + 5.2, actual).Left(90, y + 10.5, second);
        }

        document.Left(Label, 186.0, "3").Left(90, 186.0, "Leasing").Right(Columns[0], 186.0, "14.169").Right(Columns[1], 186.0, "12.446");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Udvikling", "IT, inventar og materiel", "Hardware og WAN-forbindelser", "Leasing" }));
        Assert.That(table.Columns.Select(c => c.Label), Is.EqualTo(new[] { "Nr.", "Aktivitet", "Budget", "Regnskab" }));
    }

    private static SyntheticDocument Row(SyntheticDocument document, double y, string label, params string[] values)
    {
        document.Left(Label, y, label);
        for (var i = 0; i < values.Length; i++)
        {
            document.Right(250 + (50 * i), y, values[i]);
        }

        return document;
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
