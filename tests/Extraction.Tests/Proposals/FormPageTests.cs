using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Proposals;

/// <summary>
/// Correction forms set one to a page, as LibreOffice renders them: the title box at the very top of each page after the
/// first, and the sign convention set closer to one row than to the other.
/// </summary>
[TestFixture]
public sealed class FormPageTests
{
    /// <summary>
    /// From the second page on, the labels "Titel" and "Nr." stand at the same height in the top margin of every page, so
    /// the layout sets them aside as a running header; the values under them still make a title box with them.
    /// </summary>
    [Test]
    public void Title_boxes_at_the_top_of_each_page_number_their_proposals_and_tables()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 40, "Børne- og Ungdomsudvalget", bold: true, size: 11)
            .Left(60, 58, "Teknisk korrektion – budget 2027 og overslagsår", bold: true, size: 14);
        Form(document, 85, "Flere pladser i dagplejen", "B12");
        Form(document.Page(), 36, "Nye takster i SFO", "B13");
        Form(document.Page(), 36, "Færre vikarer", "B15");

        var extraction = Extract(document);

        Assert.That(extraction.Proposals.Select(p => (p.Number, p.Title)), Is.EqualTo(new[] { ("B12", "Flere pladser i dagplejen"), ("B13", "Nye takster i SFO"), ("B15", "Færre vikarer") }));
        Assert.That(extraction.Tables.Select(t => (t.Pages.Single(), t.Id)), Is.EqualTo(new[] { (1, "B12"), (2, "B13"), (3, "B15") }));
    }

    /// <summary>
    /// A title box set close over its table, its title reaching to the edge of the first figures: the number box stands
    /// right of the whole table, so the title line is not a header line of the table but the values of the title box.
    /// </summary>
    [Test]
    public void A_title_box_close_over_its_table_stays_out_of_the_header()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Titel", bold: true).Left(450, 80, "Nr.", bold: true)
            .Left(62, 94, "Flere pladser til dagplejen Østbyen").Left(450, 94, "B12")
            .Left(60, 115, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, 115, "2027", bold: true).Right(300, 115, "2028", bold: true).Right(350, 115, "2029", bold: true).Right(400, 115, "2030", bold: true);
        Row(document, 128, "Udgifter", "1,250", "1,250", "1,250", "1,250");
        Row(document, 141, "Indtægter", "0,000", "0,000", "0,000", "0,000");
        Row(document, 154, "Netto", "1,250", "1,250", "1,250", "1,250");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(extraction.Proposals.Select(p => (p.Number, p.Title)), Is.EqualTo(new[] { ("B12", "Flere pladser til dagplejen Østbyen") }));
        Assert.That((table.Id, table.Columns[0].Label), Is.EqualTo(("B12", "(Mio. kr. i 2027-priser)")));
        Assert.That(table.Columns.Select(c => c.Label), Has.None.Contains("B12"));
    }

    /// <summary>
    /// The sign-convention line runs on over the number columns: a note, whichever row it is set closer to. Glued to the
    /// row below it, it would take the label "Antal fuldtidsstillinger" away from its unit and leave a headcount in
    /// the table's millions.
    /// </summary>
    [TestCase(187, 201, TestName = "The sign convention close under Netto is a note, not part of its label")]
    [TestCase(189, 201, TestName = "The sign convention close over the full-time posts is a note, and the posts keep their own unit")]
    public void The_sign_convention_is_a_note_between_the_rows(double signTop, double postsTop)
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Titel", bold: true).Left(400, 80, "Nr.", bold: true)
            .Left(60, 95, "Flere pladser i dagplejen", bold: true).Left(400, 95, "B12", bold: true)
            .Left(60, 130, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, 130, "2027", bold: true).Right(300, 130, "2028", bold: true).Right(350, 130, "2029", bold: true).Right(400, 130, "2030", bold: true);
        Row(document, 145, "Udgifter", "1,250", "1,250", "1,250", "1,250");
        Row(document, 160, "Indtægter", "-0,250", "-0,250", "-0,250", "-0,250");
        Row(document, 175, "Netto", "1,000", "1,000", "1,000", "1,000");
        document.Left(60, signTop, "- = mindreudgift/merindtægt og + = merudgift/mindreindtægt");
        Row(document, postsTop, "Antal fuldtidsstillinger", "2,5", "2,5", "2,5", "2,5");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();
        var facts = Outputs.FactBuilder.Build(extraction);

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Udgifter", "Indtægter", "Netto", "Antal fuldtidsstillinger" }));
        Assert.That(table.InlineNotes.Select(n => (n.AfterRow, n.Text)), Is.EqualTo(new[] { (2, "- = mindreudgift/merindtægt og + = merudgift/mindreindtægt") }));
        Assert.That(extraction.Proposals.Single().SignConvention, Does.StartWith("- = mindreudgift"));
        Assert.That(facts.Where(f => f.RowLabel == "Antal fuldtidsstillinger").Select(f => (f.Value, f.Scale)), Is.EqualTo(Enumerable.Repeat((2.5m, (decimal?)1m), 4)));
        Assert.That(facts.Where(f => f.RowLabel == "Netto").Select(f => (f.Value, f.Scale)), Is.EqualTo(Enumerable.Repeat((1.000m, (decimal?)1_000_000m), 4)));
    }

    /// <summary>A row of full-time posts is a headcount in a table of millions, however its label names them.</summary>
    [TestCase("Antal fuldtidsstillinger")]
    [TestCase("Fuldtidsstillinger")]
    [TestCase("Årsværk")]
    public void Full_time_posts_keep_their_own_unit(string label)
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Titel", bold: true).Left(400, 80, "Nr.", bold: true)
            .Left(60, 95, "Flere pladser i dagplejen", bold: true).Left(400, 95, "B12", bold: true)
            .Left(60, 130, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, 130, "2027", bold: true).Right(300, 130, "2028", bold: true).Right(350, 130, "2029", bold: true).Right(400, 130, "2030", bold: true);
        Row(document, 145, "Udgifter", "1,250", "1,250", "1,250", "1,250");
        Row(document, 160, "Netto", "1,250", "1,250", "1,250", "1,250");
        Row(document, 175, label, "2,5", "2,5", "2,5", "3");

        var extraction = Extract(document);
        var facts = Outputs.FactBuilder.Build(extraction);

        Assert.That(
            facts.Where(f => f.RowLabel == label).Select(f => (f.Value, f.Unit, f.Scale, f.AmountDkk)),
            Is.EqualTo(new[] { 2.5m, 2.5m, 2.5m, 3m }.Select(v => (v, (string?)"count", (decimal?)1m, (decimal?)null))));
        Assert.That(facts.Where(f => f.RowLabel == "Netto").Select(f => f.Scale), Is.All.EqualTo(1_000_000m));
        Assert.That(extraction.Proposals.Single().FullTimeEquivalents.Select(f => f.Value), Is.EqualTo(new[] { 2.5m, 2.5m, 2.5m, 3m }));
    }

    /// <summary>
    /// A table with one row of figures under a line of label text set as close as a wrapped line: without a second row
    /// there is no row spacing to tell a heading from the first line of the label, so the table is in doubt.
    /// </summary>
    [TestCase(false, true, TestName = "A lone row of figures with a wrapped label is in doubt")]
    [TestCase(true, false, TestName = "A wrapped label among other rows of figures is not in doubt for being alone")]
    public void A_lone_wrapped_label_is_a_doubt(bool secondRow, bool doubtful)
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 80, "Økonomiske konsekvenser", bold: true, size: 12)
            .Left(60, 110, "Mio. kr. (2026-pl)", bold: true)
            .Right(250, 110, "2027", bold: true).Right(300, 110, "2028", bold: true).Right(350, 110, "2029", bold: true).Right(400, 110, "2030", bold: true)
            .Left(60, 122, "Administrationsbidrag jf. UDK");
        Row(document, 134, "Allerede indregnet i budgettet", "8,758", "8,099", "7,896", "8,705");
        if (secondRow)
        {
            Row(document, 146, "Teknisk korrektion", "0,100", "0,100", "0,100", "0,100");
        }

        var table = Extract(document).Tables.Single();

        Assert.That(table.Confidence.Reasons.Any(r => r.Code == Pipeline.Confidence.WrappedLabelDoubts.LoneWrappedLabel), Is.EqualTo(doubtful), string.Join("; ", table.Confidence.Reasons));
        Assert.That(table.Confidence.Doubtful, Is.EqualTo(doubtful), string.Join("; ", table.Confidence.Reasons));
    }

    private static void Form(SyntheticDocument document, double top, string title, string number)
    {
        document
            .Left(60, top, "Titel", bold: true).Left(400, top, "Nr.", bold: true)
            .Left(60, top + 14, title, bold: true).Left(400, top + 14, number, bold: true)
            .Left(60, top + 45, "(Mio. kr. i 2027-priser)", bold: true)
            .Right(250, top + 45, "2027", bold: true).Right(300, top + 45, "2028", bold: true);
        Row(document, top + 60, "Udgifter", "1,250", "1,250", "1,250", "1,250");
        Row(document, top + 75, "Indtægter", "-0,250", "-0,250", "-0,250", "-0,250");
        Row(document, top + 90, "Netto", "1,000", "1,000", "1,000", "1,000");
        document.Left(60, top + 120, "1. Baggrund", bold: true, size: 11)
            .Left(60, top + 137, "Forslaget er en teknisk korrektion af budgettet for de kommende år.");
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
