using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Proposals;

/// <summary>
/// Forms and proposal tables the corpus does not have, built word by word and without rules: another committee, other
/// years and keys, a negative income, a table of text, an account number wrapping in a text column, checkboxes.
/// </summary>
[TestFixture]
public sealed class SyntheticFormTests
{
    [Test]
    public void A_correction_form_without_rules_is_read_into_a_proposal_and_its_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 40, "Børne- og Ungdomsudvalget", bold: true, size: 11)
            .Left(60, 58, "Teknisk korrektion – budget 2027 og overslagsår", bold: true, size: 14)
            .Left(60, 80, "Titel", bold: true).Left(400, 80, "Nr.", bold: true)
            .Left(60, 95, "Flere pladser i dagplejen", bold: true).Left(400, 95, "B12", bold: true)
            .Left(60, 130, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, 130, "2027", bold: true).Right(300, 130, "2028", bold: true).Right(350, 130, "2029", bold: true).Right(400, 130, "2030", bold: true)
            .Left(410, 130, "Ikrafttrædelse:", bold: true);
        Row(document, 145, "Udgifter", "1,250", "1,250", "1,250", "1,250").Left(410, 145, "1. marts 2027");
        Row(document, 160, "Indtægter", "-0,250", "-0,250", "-0,250", "-0,250").Left(410, 160, "Indenfor servicerammen:", bold: true);
        Row(document, 175, "Netto", "1,000", "1,000", "1,000", "1,000").Left(410, 175, "Nej", bold: true);
        document.Left(60, 190, "+ = merudgift/mindreindtægt og - = mindreudgift/merindtægt");
        Row(document, 205, "Antal fuldtidsstillinger", "2,5", "2,5", "2,5", "2,5")
            .Left(60, 235, "1. Baggrund", bold: true, size: 11)
            .Left(60, 252, "Flere børn end ventet skal passes i dagplejen fra foråret.");

        var extraction = Extract(document);
        var proposal = extraction.Proposals.Single();
        var table = extraction.Tables.Single();

        Assert.That((extraction.Structure.Committee, extraction.Structure.DocumentKind, extraction.Structure.FiscalYear), Is.EqualTo(("Børne- og Ungdomsudvalget", "technical-corrections", (int?)2027)));
        Assert.That((proposal.Number, proposal.Title, proposal.StartDate?.Date, proposal.InsideServiceCeiling?.Value), Is.EqualTo(("B12", "Flere pladser i dagplejen", (DateOnly?)new DateOnly(2027, 3, 1), (bool?)false)));
        Assert.That(proposal.FullTimeEquivalents.Select(f => (f.Year, f.Value)), Is.EqualTo(new[] { (2027, 2.5m), (2028, 2.5m), (2029, 2.5m), (2030, 2.5m) }));
        Assert.That(proposal.SignConvention, Does.StartWith("+ = merudgift"));
        Assert.That(proposal.Sections.Single().Title, Is.EqualTo("1. Baggrund"));
        Assert.That(extraction.Structure.ActivityAreas, Is.Empty);
        Assert.That((table.Id, table.Unit?.Scale, table.PriceBasis?.Year), Is.EqualTo(("B12", (decimal?)1_000_000m, (int?)2027)));
        Assert.That(table.Columns.Select(c => (c.Label, c.Budget.Measure.ToString())), Is.EqualTo(new[] { ("(Mio. kr. i 2027-priser)", "Unknown"), ("2027", "Budget"), ("2028", "Projection"), ("2029", "Projection"), ("2030", "Projection") }));
        Assert.That(table.Rows.Select(r => (r.Label, r.Kind)), Is.EqualTo(new[] { ("Udgifter", RowKind.Data), ("Indtægter", RowKind.Data), ("Netto", RowKind.Total), ("Antal fuldtidsstillinger", RowKind.Data) }));
        Assert.That(table.InlineNotes.Single().AfterRow, Is.EqualTo(2));
        Assert.That(table.SideFields.Select(f => (f.Key, f.Value)), Is.EqualTo(new[] { ("Ikrafttrædelse", "1. marts 2027"), ("Indenfor servicerammen", "Nej") }));
        Assert.That(extraction.Checks.Where(c => c.Target.RowLabel == "Netto").Select(c => c.Holds), Is.EqualTo(new[] { true, true, true, true }));
        Assert.That(extraction.Warnings, Is.Empty);
    }

    [Test]
    public void A_table_of_placeholders_is_kept_without_figures_and_not_checked()
    {
        var document = TitleBox(new SyntheticDocument().Page(), "Nye takster", "T7")
            .Left(60, 130, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, 130, "2027", bold: true).Right(300, 130, "2028", bold: true);
        Row(document, 145, "Udgifter", "x,xxx", "x,xxx");
        Row(document, 160, "Indtægter", "-1,000", "-1,000");
        Row(document, 175, "Netto", "x,xxx", "x,xxx");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That((table.Id, table.FiguresPending, table.PendingNote), Is.EqualTo(("T7", true, (string?)null)));
        Assert.That(table.Rows[0].Cells.Skip(1).Select(c => (c.Kind, c.Value)), Is.All.EqualTo((Extraction.Document.Numbers.NumberKind.Placeholder, (decimal?)null)));
        Assert.That(extraction.Proposals.Single().FiguresPending, Is.True);
        Assert.That(Outputs.FactBuilder.Build(extraction).Select(f => (f.RowLabel, f.Value, f.FiguresPending)), Is.EqualTo(new[] { ("Indtægter", -1.000m, true), ("Indtægter", -1.000m, true) }));
        Assert.That(extraction.Checks, Is.Empty);
    }

    /// <summary>
    /// A proposal's second table whose header and first label are left at the foot of a page goes on at the very top of
    /// the next, in the margin zone, where its years read as page numbers; lost there, its rows would join the first
    /// table and that table would be numbered as the proposal's only one.
    /// </summary>
    [Test]
    public void A_second_table_going_on_at_the_top_of_the_next_page_numbers_the_proposals_tables()
    {
        var document = TitleBox(new SyntheticDocument().Page(), "Administrationsbidrag til Udbetaling Danmark", "T7")
            .Left(60, 130, "(Mio. kr. i 2028-priser)", bold: true)
            .Right(250, 130, "2028", bold: true).Right(300, 130, "2029", bold: true);
        Row(document, 145, "Udgifter", "1,000", "1,000");
        Row(document, 160, "Indtægter", "0,000", "0,000");
        Row(document, 175, "Netto", "1,000", "1,000");
        document.Left(60, 205, "Administrationsbidraget for 2028 fastlægges først endeligt ultimo 2027.")
            .Left(60, 760, "Mio. kr. (2027-pl)", bold: true).Right(250, 760, "2028", bold: true).Right(300, 760, "2029", bold: true)
            .Left(60, 775, "Administrationsbidrag jf. skøn fra UDK")
            .Page()
            .Left(60, 30, "Mio. kr. (2027-pl)", bold: true).Right(250, 30, "2028", bold: true).Right(300, 30, "2029", bold: true);
        Row(document, 44, "Allerede indregnet i budgettet", "8,515", "6,953")
            .Left(60, 58, "Teknisk korrektion")
            .Left(60, 90, "Beløbene er skøn fra UDK.");

        var tables = Extract(document).Tables;

        Assert.That(tables.Select(t => t.Id), Is.EqualTo(new[] { "T7.1", "T7.2" }));
        Assert.That(tables[1].Rows.Select(r => r.Label), Does.Contain("Allerede indregnet i budgettet"));
    }

    /// <summary>
    /// The same, with the body going on lower on the next page and without its header: the header left at the foot of
    /// the page, over no figures, is the body's header, and the body is the proposal's second table. Without it the
    /// body would be dropped and the first table numbered as the proposal's only one, in a table nobody doubts.
    /// </summary>
    [Test]
    public void A_header_left_at_the_foot_of_a_page_heads_the_proposals_second_table_on_the_next()
    {
        var document = TitleBox(new SyntheticDocument().Page(), "Administrationsbidrag til Udbetaling Danmark", "T7")
            .Left(60, 130, "(Mio. kr. i 2028-priser)", bold: true)
            .Right(250, 130, "2028", bold: true).Right(300, 130, "2029", bold: true);
        Row(document, 145, "Udgifter", "1,000", "1,000");
        Row(document, 160, "Indtægter", "0,000", "0,000");
        Row(document, 175, "Netto", "1,000", "1,000");
        document.Left(60, 205, "Administrationsbidraget for 2028 fastlægges først endeligt ultimo 2027.")
            .Left(60, 740, "Mio. kr. (2027-pl)", bold: true).Right(250, 740, "2028", bold: true).Right(300, 740, "2029", bold: true)
            .Left(60, 755, "Skøn fra UDK")
            .Page();
        Row(document, 100, "Allerede indregnet i budgettet", "8,515", "6,953")
            .Left(60, 114, "Teknisk korrektion")
            .Left(60, 150, "Beløbene er skøn fra UDK.");

        var tables = Extract(document).Tables.Where(t => t.Kind == TableKind.Numeric).ToList();

        Assert.That(tables.Select(t => t.Id), Is.EqualTo(new[] { "T7.1", "T7.2" }));
        Assert.That(tables[1].Rows.Select(r => r.Label), Is.EqualTo(new[] { "Allerede indregnet i budgettet" }));
        Assert.That(tables[1].Columns.Skip(1).Select(c => (c.Label, c.Budget.Year)), Is.EqualTo(new[] { ("2028", (int?)2028), ("2029", (int?)2029) }));
    }

    [Test]
    public void A_table_of_text_keeps_its_paragraphs_and_bullets()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 60, "Tabel 2. Indsatser", bold: true)
            .Left(60, 80, "Område", bold: true).Left(200, 80, "Indsats", bold: true)
            .Left(60, 95, "Skoler", bold: true).Left(200, 95, "Nye læringsplatforme i alle skoler")
            .Left(200, 107, "•").Left(215, 107, "Indkøb af licenser til elever og")
            .Left(215, 119, "lærere")
            .Left(200, 131, "Opfølgning hvert år.")
            .Left(60, 148, "Dagtilbud", bold: true).Left(200, 148, "Digital kommunikation med forældre")
            .Left(60, 175, "Tabellen viser de planlagte indsatser for hele perioden frem til og med udgangen af 2030.");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That((table.Kind, table.Id, table.Title), Is.EqualTo((TableKind.Text, "2", "Indsatser")));
        Assert.That(table.Columns.Select(c => (c.Label, c.Role)), Is.EqualTo(new[] { ("Område", ColumnRole.Label), ("Indsats", ColumnRole.Text) }));
        Assert.That(
            table.Rows.Select(r => r.Cells.Select(c => c.Text)),
            Is.EqualTo(new[]
            {
                new[] { "Skoler", "Nye læringsplatforme i alle skoler\n• Indkøb af licenser til elever og lærere\nOpfølgning hvert år." },
                new[] { "Dagtilbud", "Digital kommunikation med forældre" },
            }));
        Assert.That(extraction.Structure.GeneralSections.SelectMany(s => s.Paragraphs), Has.Some.StartWith("Tabellen viser"));
        Assert.That(Outputs.FactBuilder.Build(extraction), Is.Empty);
    }

    [Test]
    public void Bold_headings_over_columns_of_text_without_a_caption_are_not_a_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Område", bold: true).Left(200, 80, "Indsats", bold: true)
            .Left(60, 95, "Skoler", bold: true).Left(200, 95, "Nye læringsplatforme i alle skoler")
            .Left(200, 107, "og opfølgning hvert år.");

        var extraction = Extract(document);

        Assert.That(extraction.Tables, Is.Empty);
        Assert.That(extraction.Structure.GeneralSections.SelectMany(s => s.Paragraphs.Prepend(s.Title)), Has.Some.Contains("Nye læringsplatforme"));
    }

    [Test]
    public void An_account_number_wrapping_in_a_text_column_is_text_and_the_total_column_sums_the_years()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Tabel 4. Udgifter til drift", bold: true)
            .Left(60, 100, "1.000 kr., 2027 p/l", bold: true).Left(200, 100, "Bevilling", bold: true)
            .Right(330, 100, "2027", bold: true).Right(380, 100, "2028", bold: true).Right(430, 100, "I alt", bold: true)
            .Left(60, 115, "Drift af skoler").Left(200, 115, "2210 –").Right(330, 115, "1.000").Right(380, 115, "2.000").Right(430, 115, "3.000")
            .Left(200, 126, "Folkeskoler")
            .Left(60, 145, "Udgifter i alt", bold: true).Right(330, 145, "1.000", bold: true).Right(380, 145, "2.000", bold: true).Right(430, 145, "3.100", bold: true);

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Columns.Select(c => c.Role), Is.EqualTo(new[] { ColumnRole.Label, ColumnRole.Text, ColumnRole.Number, ColumnRole.Number, ColumnRole.Number }));
        Assert.That(table.Rows[0].Cells[1].Text, Is.EqualTo("2210 – Folkeskoler"));
        Assert.That(Outputs.FactBuilder.Build(extraction).Select(f => f.Value), Is.EqualTo(new[] { 1000m, 1000m, 2000m, 2000m, 3000m, 3100m }));
        Assert.That(
            extraction.Warnings.Select(w => (w.Kind, w.Target.RowLabel, w.Target.ColumnLabel, w.Printed, w.Computed)),
            Is.EquivalentTo(new[]
            {
                (CheckKind.RowSum, "Udgifter i alt", "I alt", 3100m, 3000m),
                (CheckKind.ColumnSum, "Udgifter i alt", "I alt", 3100m, 3000m),
            }));
        Assert.That(extraction.Checks.Count(c => c.Kind == CheckKind.RowSum && c.Holds), Is.EqualTo(1));
    }

    [Test]
    public void Checkboxes_are_fields_of_the_group_they_are_printed_under()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 60, "KFU12 Flere åbningstimer i bibliotekerne", bold: true, size: 14)
            .Left(60, 90, "Målgruppe", bold: true)
            .Left(60, 105, "Børn ☑").Left(140, 105, "Unge □").Left(220, 105, "Ældre □")
            .Left(60, 122, "Bemærkning", bold: true);

        var extraction = Extract(document);
        var proposal = extraction.Proposals.Single();

        Assert.That((proposal.Number, proposal.Title), Is.EqualTo(("KFU12", "Flere åbningstimer i bibliotekerne")));
        Assert.That(
            proposal.Fields.Select(f => (f.Context, f.Key, f.Value, f.Checked)),
            Is.EqualTo(new (string?, string, string, bool?)[] { ("Målgruppe", "Børn", "☑", true), ("Målgruppe", "Unge", "□", false), ("Målgruppe", "Ældre", "□", false), ("Målgruppe", "Bemærkning", "", null) }));
        Assert.That(extraction.Tables, Is.Empty);
    }

    [Test]
    public void A_title_wrapped_over_two_lines_with_its_number_set_midway_is_read_whole()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Titel", bold: true).Left(400, 80, "Nr.", bold: true)
            .Left(60, 95, "Administrationsudgifter til sagsbehandling på", bold: true).Left(400, 101, "T106", bold: true)
            .Left(60, 107, "arbejdsmarkedsområdet", bold: true);
        Form(document, 140, "0,600");

        var extraction = Extract(document);

        Assert.That(extraction.Proposals.Select(p => (p.Number, p.Title)), Is.EqualTo(new[] { ("T106", "Administrationsudgifter til sagsbehandling på arbejdsmarkedsområdet") }));
        Assert.That(extraction.Tables.Single().Id, Is.EqualTo("T106"));
    }

    [Test]
    public void Title_boxes_at_the_top_of_every_page_keep_their_numbers_though_they_repeat_there_but_for_digits()
    {
        // "Titel", "Nr." and "T1…" stand at the same height on every page, in the top margin: the labels and the numbers
        // (digits ignored) repeat, so they are set aside as a running header; the titles differ and stay in the body.
        var document = new SyntheticDocument();
        string[] titles = ["Nye takster", "Flere pladser i dagplejen", "Digital post"];
        for (var i = 0; i < titles.Length; i++)
        {
            TitleBox(document.Page(), titles[i], $"T{101 + i}", y: 30, valuesBelow: 13);
            Form(document, 80, $"{i + 1},000");
        }

        var extraction = Extract(document);

        Assert.That(extraction.Proposals.Select(p => (p.Number, p.Title)), Is.EqualTo(new[] { ("T101", "Nye takster"), ("T102", "Flere pladser i dagplejen"), ("T103", "Digital post") }));
        Assert.That(extraction.Tables.Select(t => t.Id), Is.EqualTo(new[] { "T101", "T102", "T103" }));
    }

    [Test]
    public void A_row_whose_figures_sit_lower_beside_a_key_wrapped_over_two_lines_stays_in_the_table()
    {
        // "Indtægter" and "Indenfor" on one line, the figures and "servicerammen:" on the next.
        var document = TitleBox(new SyntheticDocument().Page(), "Nye takster", "T7")
            .Left(60, 130, "(Mio. kr. i 2027-priser)", bold: true).Right(250, 130, "2027", bold: true).Right(300, 130, "2028", bold: true)
            .Left(320, 130, "Ikrafttrædelse:", bold: true);
        Row(document, 145, "Udgifter", "1,500", "1,500").Left(320, 145, "1. marts 2027");
        document.Left(60, 160, "Indtægter").Left(320, 160, "Indenfor", bold: true)
            .Right(250, 170, "0,000").Right(300, 170, "0,000").Left(320, 170, "servicerammen:", bold: true);
        Row(document, 185, "Netto", "1,500", "1,500").Left(320, 185, "Ja", bold: true);

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => (r.Label, r.Cells[1].Value)), Is.EqualTo(new[] { ("Udgifter", (decimal?)1.5m), ("Indtægter", 0m), ("Netto", 1.5m) }));
    }

    /// <summary>A form's title box: "Titel" and "Nr." at <paramref name="y"/>, the title and the number under them.</summary>
    private static SyntheticDocument TitleBox(SyntheticDocument document, string title, string number, double y = 80, double valuesBelow = 15) =>
        document.Left(60, y, "Titel", bold: true).Left(400, y, "Nr.", bold: true)
            .Left(60, y + valuesBelow, title, bold: true).Left(400, y + valuesBelow, number, bold: true);

    /// <summary>A correction form's table of two years from <paramref name="y"/> down, every amount <paramref name="amount"/>.</summary>
    private static void Form(SyntheticDocument document, double y, string amount)
    {
        document.Left(60, y, "(Mio. kr. i 2027-priser)", bold: true).Right(250, y, "2027", bold: true).Right(300, y, "2028", bold: true);
        Row(document, y + 15, "Udgifter", amount, amount);
        Row(document, y + 30, "Indtægter", "0,000", "0,000");
        Row(document, y + 45, "Netto", amount, amount);
    }

    private static SyntheticDocument Row(SyntheticDocument document, double y, string label, params string[] values)
    {
        document.Left(60, y, label);
        for (var i = 0; i < values.Length; i++)
        {
            document.Right(250 + (50 * i), y, values[i]);
        }

        return document;
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
