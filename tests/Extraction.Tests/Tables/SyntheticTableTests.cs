using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;
using static Extraction.Tests.Support.SyntheticTable;

namespace Extraction.Tests.Tables;

/// <summary>Table layouts the corpus does not have, built word by word: sparse rows, page breaks, charts, wrapped labels.</summary>
[TestFixture]
public sealed class SyntheticTableTests
{
    [Test]
    public void Values_of_a_sparse_row_go_to_the_columns_they_are_printed_under()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 1.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1.000", "2.000", "3.000");
        Row(document, 155, "Anlæg", null, "500", null);
        Row(document, 170, "I alt", "1.000", "2.500", "3.000");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows[1].Cells.Select(c => c.Value), Is.EqualTo(new decimal?[] { null, null, 500, null }));
        Assert.That(table.Columns.Skip(1).Select(c => c.Label), Is.EqualTo(new[] { "R24", "B25", "Skøn 26" }));
    }

    [Test]
    public void A_table_continued_on_the_next_page_without_its_header_is_one_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1.000", "2.000", "3.000");
        Row(document, 155, "Anlæg", "10", "20", "30");
        document.Page();
        Row(document, 60, "Service", "5", "5", "5");
        Row(document, 75, "I alt", "1.015", "2.025", "3.035");

        var extraction = Extract(document);
        var table = extraction.Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "Anlæg", "Service", "I alt" }));
        Assert.That(table.Pages, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(table.HeaderRepeated, Is.False);
        Assert.That(extraction.Warnings, Is.Empty);
        Assert.That(extraction.Checks, Is.Not.Empty);
    }

    [Test]
    public void A_table_continued_with_its_header_repeated_is_one_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1.000", "2.000", "3.000");
        document.Page();
        Header(document, 60);
        Row(document, 80, "I alt", "1.000", "2.000", "3.000");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Drift", "I alt" }));
        Assert.That(table.HeaderRepeated, Is.True);
    }

    [Test]
    public void A_new_caption_on_the_next_page_starts_a_new_table()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 2.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1.000", "2.000", "3.000");
        document.Page().Left(Label, 40, "Tabel 2.2 Indtægter", bold: true);
        Header(document, 60);
        Row(document, 80, "Salg", "7", "8", "9");

        Assert.That(Extract(document).Tables.Select(t => t.Id), Is.EqualTo(new[] { "2.1", "2.2" }));
    }

    [Test]
    public void Chart_ticks_years_and_legends_are_not_tables()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 80, "Figur 1.4.1", bold: true)
            .Left(150, 100, "Udgifter pr. indbygger i kr.", bold: true);
        var y = 120;
        foreach (var tick in new[] { "250", "200", "150", "100", "50", "0" })
        {
            document.Right(90, y, tick);
            y += 30;
        }

        for (var i = 0; i < 6; i++)
        {
            document.Left(110 + (i * 60), y, (2019 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        document.Left(120, y + 15, "Hele landet").Left(220, y + 15, "Region Sjælland").Left(340, y + 15, "Næstved");

        Assert.That(Extract(document).Tables, Is.Empty);
    }

    [Test]
    public void Wrapped_labels_are_joined_and_word_breaks_resolved()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 3.1 Puljer", bold: true);
        Header(document, 120);
        document.Left(Label, 140, "Pulje til investeringer i anlægsram-").Left(Label, 152, "men");
        SyntheticTable.Numbers(document, 152, "1", "2", "3");
        document.Left(Label, 170, "Politikområde IT-").Left(Label, 182, "drift i alt");
        SyntheticTable.Numbers(document, 182, "1", "2", "3");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Pulje til investeringer i anlægsrammen", "Politikområde IT-drift i alt" }));
        Assert.That(table.Rows.Select(r => r.Kind), Is.EqualTo(new[] { RowKind.Data, RowKind.Total }));
    }

    [Test]
    public void A_table_printing_no_unit_takes_the_unit_of_an_earlier_table_of_the_same_shape()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 4.1 A", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1", "2", "3");
        document.Left(Label, 200, "Tabel 4.2 B", bold: true);
        Header(document, 220, unit: false);
        Row(document, 240, "Drift", "4", "5", "6");

        var tables = Extract(document).Tables;

        Assert.That(tables[1].Unit?.Scale, Is.EqualTo(1000m));
        Assert.That(tables[1].UnitInferred, Is.True);
        Assert.That(tables[0].UnitInferred, Is.False);
    }

    [Test]
    public void Numbers_printed_with_spaces_between_their_thousands_are_one_value_each()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 5.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "15 455", "1 234 567", "-2 130");
        Row(document, 155, "Anlæg", "455", "12", "1 000,5");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Columns.Skip(1).Select(c => c.Label), Is.EqualTo(new[] { "R24", "B25", "Skøn 26" }));
        Assert.That(table.Rows.Select(r => r.Cells.Skip(1).Select(c => c.Value)), Is.EqualTo(new[]
        {
            new decimal?[] { 15455, 1234567, -2130 },
            new decimal?[] { 455, 12, 1000.5m },
        }));
    }

    [Test]
    public void Numbers_in_columns_set_closer_than_usual_stay_apart()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 5.2 Udgifter", bold: true)
            .Left(Label, 120, "I 1.000 kr.", bold: true)
            .Right(300, 120, "R24", bold: true).Right(330, 120, "B25", bold: true);
        document.Left(Label, 140, "Drift").Right(300, 140, "12").Right(330, 140, "345");
        document.Left(Label, 155, "Anlæg").Right(300, 155, "7").Right(330, 155, "100");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Cells.Skip(1).Select(c => c.Value)), Is.EqualTo(new[]
        {
            new decimal?[] { 12, 345 },
            new decimal?[] { 7, 100 },
        }));
    }

    [Test]
    public void Labels_wrapped_over_evenly_spaced_lines_join_the_row_their_letters_show_they_belong_to()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 6.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1", "2", "3");
        document.Left(Label, 155, "Stadion og");
        Row(document, 170, "idrætsfaciliteter, samlet", "4", "5", "6");
        Row(document, 185, "Tilskud til foreninger", "7", "8", "9");
        document.Left(Label, 200, "og klubber");
        document.Left(Label, 215, "Anlæg", bold: true);
        Row(document, 230, "Pulje til IT-", null, null, null);
        Row(document, 245, "projekter", "10", "11", "12");
        Row(document, 260, "I alt", "22", "26", "30");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[]
        {
            "Drift", "Stadion og idrætsfaciliteter, samlet", "Tilskud til foreninger og klubber", "Anlæg", "Pulje til IT-projekter", "I alt",
        }));
        Assert.That(table.Rows.Select(r => r.Cells[1].Value), Is.EqualTo(new decimal?[] { 1, 4, 7, null, 10, 22 }));
    }

    [Test]
    public void Text_in_a_number_column_is_kept_as_printed_and_reported_but_gives_no_fact()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 100, "Tabel 7.1 Udgifter", bold: true);
        Header(document, 120);
        Row(document, 140, "Drift", "1.000", "(2.130)", "3.000");
        Row(document, 155, "Anlæg", "10", "20", "ca. 30");

        var extraction = Extract(document);

        Assert.That(extraction.UnreadFigures.Select(u => (u.RowLabel, u.ColumnLabel, u.Text)), Is.EqualTo(new[]
        {
            ("Drift", "B25", "(2.130)"),
            ("Anlæg", "Skøn 26", "ca. 30"),
        }));
        Assert.That(FactBuilder.Build(extraction).Select(f => f.Value), Is.EqualTo(new decimal[] { 1000, 10, 20, 3000 }));
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
