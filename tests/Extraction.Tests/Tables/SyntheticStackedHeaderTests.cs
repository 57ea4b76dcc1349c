using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Pipeline.Tables;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>Headers printed without rules in two levels: a group header ("Budget 2019") over the columns of its group.</summary>
[TestFixture]
public sealed class SyntheticStackedHeaderTests
{
    private const double Label = 60;

    /// <summary>
    /// The second group header starts right where the first column of its group ends (closer than columns are joined):
    /// it heads the column it is printed over, and with it its group, instead of joining the two into one column.
    /// </summary>
    [Test]
    public void A_group_header_printed_against_its_first_column_heads_its_own_group()
    {
        var document = new SyntheticDocument().Page()
            .Left(Label, 80, "Tabel 4.1 Aktiviteter", bold: true)
            .Left(265, 100, "Budget 2019", bold: true)
            .Left(430.5, 100, "Regnskab 2019", bold: true)
            .Left(Label, 124, "Aktivitet", bold: true);
        Group(document, 220, "Budget");
        Group(document, 400, "Regnskab");
        Row(document, 140, "Udvikling", "4.357", "3.385");
        Row(document, 155, "Leasing", "8.376", "7.844");

        var table = Extract(document).Tables.Single();

        Assert.That(table.Columns.Where(c => c.Role != ColumnRole.Label).Select(c => c.Label), Is.EqualTo(new[]
        {
            "Budget 2019 / Mængde",
            "Budget 2019 / Gns. pris i kr.",
            "Budget 2019 / Budget i 1.000 kr.",
            "Regnskab 2019 / Mængde",
            "Regnskab 2019 / Gns. pris i kr.",
            "Regnskab 2019 / Regnskab i 1.000 kr.",
        }));
    }

    /// <summary>The leaf headers of a group starting at <paramref name="x"/>: quantity, average price, and the amount in the group's measure.</summary>
    private static void Group(SyntheticDocument document, double x, string amount)
    {
        document.Left(x, 124, "Mængde", bold: true)
            .Left(x + 50, 112, "Gns. pris", bold: true).Right(x + 90, 124, "i kr.", bold: true)
            .Right(x + 150, 112, amount, bold: true).Right(x + 150, 124, "i 1.000 kr.", bold: true);
    }

    private static void Row(SyntheticDocument document, double y, string label, string budget, string actual) =>
        document.Left(Label, y, label).Right(370, y, budget).Right(550, y, actual);

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
