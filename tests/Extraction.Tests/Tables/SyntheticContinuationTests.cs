using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>
/// Tables continued over a page break whose continuation does not look like the table it continues: columns it prints
/// nothing in, a header left alone at the foot of the previous page, columns that line up with nothing.
/// </summary>
[TestFixture]
public sealed class SyntheticContinuationTests
{
    private const double Label = 60;
    private const double Committee = 200;
    private static readonly double[] Columns = [300, 370, 440];

    /// <summary>The continuation prints nothing in the text column, so its own column finding has fewer columns.</summary>
    [Test]
    public void A_continuation_without_the_tables_text_column_takes_the_columns_its_figures_line_up_with()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true)
            .Left(Label, 120, "I 1.000 kr.", bold: true)
            .Left(Committee, 120, "Udvalg", bold: true)
            .Right(Columns[0], 120, "R24", bold: true).Right(Columns[1], 120, "B25", bold: true).Right(Columns[2], 120, "Skøn 26", bold: true);
        Row(document, 140, "Drift", "ØU", "1.000", "2.000", "3.000");
        Row(document, 155, "Anlæg", "TU", "10", "20", "30");
        document.Page();
        Row(document, 60, "I alt", null, "1.010", "2.020", "3.030");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "Anlæg", "I alt" }));
        Assert.That(table.Rows[2].Cells.Select(c => c.Value), Is.EqualTo(new decimal?[] { null, null, 1010, 2020, 3030 }));
        Assert.That(table.Pages, Is.EqualTo(new[] { 1, 2 }));
    }

    /// <summary>
    /// The header is printed at the foot of the page and the body starts on the next one: the body's figures go under
    /// the header they line up with.
    /// </summary>
    [Test]
    public void A_header_left_at_the_foot_of_a_page_heads_the_body_on_the_next()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true)
            .Right(Columns[1], 688, "Korr.", bold: true).Right(Columns[2], 688, "Over-/", bold: true)
            .Right(Columns[0], 700, "Regnskab", bold: true).Right(Columns[1], 700, "budget", bold: true).Right(Columns[2], 700, "underskud", bold: true)
            .Left(Label, 712, "I 1.000 kr.", bold: true)
            .Right(Columns[0], 712, "2024", bold: true).Right(Columns[1], 712, "2025", bold: true).Right(Columns[2], 712, "2025", bold: true);
        document.Page();
        Row(document, 60, "Drift", null, "1.000", "2.000", "3.000");
        Row(document, 75, "I alt", null, "1.000", "2.000", "3.000");

        var table = Extract(document).Tables.Single(t => t.Rows.Count > 0);

        Assert.That(table.Columns.Skip(1).Select(c => c.Label), Is.EqualTo(new[] { "Regnskab 2024", "Korr. budget 2025", "Over-/underskud 2025" }));
        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "I alt" }));
    }

    /// <summary>Figures at the top of a page, after a table, whose columns line up with nothing: kept, in a doubtful table.</summary>
    [Test]
    public void A_body_without_a_header_at_the_top_of_a_page_that_lines_up_with_nothing_is_kept_and_doubtful()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true)
            .Left(Label, 120, "I 1.000 kr.", bold: true)
            .Right(Columns[0], 120, "R24", bold: true).Right(Columns[1], 120, "B25", bold: true).Right(Columns[2], 120, "Skøn 26", bold: true);
        Row(document, 140, "Drift", null, "1.000", "2.000", "3.000");
        document.Page()
            .Left(Label, 60, "Service").Right(330, 60, "5").Right(420, 60, "6").Right(510, 60, "7");

        var tables = Extract(document).Tables;

        Assert.That(tables, Has.Count.EqualTo(2));
        Assert.That(tables[1].Rows.Single().Cells.Select(c => c.Value), Is.EqualTo(new decimal?[] { null, 5, 6, 7 }));
        Assert.That(tables[1].Confidence.Doubtful, Is.True);
        Assert.That(tables[0].Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift" }));
    }

    /// <summary>
    /// A label wrapped over the page break, its figures on its last line on the next page: the row joins the table
    /// under the tail of its label only, so the table is doubtful.
    /// </summary>
    [Test]
    public void A_row_whose_label_starts_on_the_previous_page_makes_its_table_doubtful()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true)
            .Left(Label, 120, "I 1.000 kr.", bold: true)
            .Right(Columns[0], 120, "R24", bold: true).Right(Columns[1], 120, "B25", bold: true).Right(Columns[2], 120, "Skøn 26", bold: true);
        Row(document, 140, "Drift", null, "1.000", "2.000", "3.000");
        Row(document, 155, "Anlæg", null, "10", "20", "30");
        document.Page();
        Row(document, 60, "udarbejdes", null, "5", "6", "7");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "Anlæg", "udarbejdes" }));
        Assert.That(table.Confidence.Doubtful, Is.True, string.Join("; ", table.Confidence.Reasons.Select(r => r.Detail)));
    }

    private static void Row(SyntheticDocument document, double y, string label, string? committee, params string[] values)
    {
        document.Left(Label, y, label);
        if (committee is not null)
        {
            document.Left(Committee, y, committee);
        }

        for (var i = 0; i < values.Length; i++)
        {
            document.Right(Columns[i], y, values[i]);
        }
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
