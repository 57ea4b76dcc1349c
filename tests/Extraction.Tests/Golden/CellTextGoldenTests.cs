using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>
/// Every cell of every table as printed, label and text columns included: row labels with line breaks and word
/// hyphenation resolved ("anlægsram-"/"men" → "anlægsrammen"), text columns ("Styringsområde", "Bevilling" over
/// several lines), the cells of text tables (paragraphs and bullets), and the column headers.
/// </summary>
[TestFixture]
public sealed class CellTextGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Every_cell_reads_as_printed(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var wrong = new List<string>();
        foreach (var (expected, actual) in GoldenTables.Pairs(truth, Corpus.Extract(name)))
        {
            if (expected.Rows.Count != actual.Rows.Count)
            {
                wrong.Add($"{expected.Uid}: {actual.Rows.Count} rows, expected {expected.Rows.Count}");
                continue;
            }

            foreach (var (row, index) in expected.Rows.Select((r, i) => (r, i)))
            {
                var cells = actual.Rows[index].Cells.Select(c => c.Text).ToList();
                if (!cells.SequenceEqual(row.Cells))
                {
                    wrong.Add($"{expected.Uid} row {index}: [{string.Join(" | ", cells)}], expected [{string.Join(" | ", row.Cells)}]");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Columns_have_their_printed_headers_and_roles(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var pairs = GoldenTables.Pairs(truth, Corpus.Extract(name)).ToList();

        Assert.That(
            pairs.Select(p => p.Actual.Columns.Select(c => (c.Label, c.Role.ToString().ToLowerInvariant()))),
            Is.EqualTo(pairs.Select(p => p.Truth.Columns.Select(c => (c.Header, c.Type)))));
    }
}
