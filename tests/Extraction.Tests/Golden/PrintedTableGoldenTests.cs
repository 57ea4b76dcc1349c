using System.Text.Json;
using Extraction.Outputs;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>Tables as grids of cells, page by page (the table-structure export), against the ground truth.</summary>
[TestFixture]
public sealed class PrintedTableGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Each_page_of_a_table_holds_its_printed_rows_below_the_header_in_their_columns(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        foreach (var (expected, actual) in GoldenTables.Pairs(truth, Corpus.Extract(name)))
        {
            var grids = PrintedTable.Of(actual).ToList();
            var rowPages = expected.Rows.Select(r => r.Page).Distinct().Order().ToList();
            Assert.That(grids.Select(g => g.Page).Where(rowPages.Contains), Is.EqualTo(rowPages), expected.Uid);
            foreach (var grid in grids.Where(g => rowPages.Contains(g.Page)))
            {
                var printed = expected.Rows.Where(r => r.Page == grid.Page).ToList();
                var firstBodyRow = grid.Cells.Max(c => c.Row) + 1 - printed.Count;
                var body = grid.Cells.Where(c => c.Row >= firstBodyRow).Select(c => (c.Row - firstBodyRow, c.Column, c.Text));
                var truthBody = printed.SelectMany((row, i) => row.Cells.Select((text, column) => (i, column, text)).Where(c => c.text.Length > 0));
                Assert.That(body, Is.EquivalentTo(truthBody), $"{expected.Uid}, page {grid.Page}");
            }

            var headerRow = grids[0].Cells.Where(c => c.Row == 0 && c.ColumnSpan == 1).ToDictionary(c => c.Column, c => c.Text);
            Assert.That(
                expected.Columns.Select((c, i) => (i, c.Header)).Where(c => headerRow.ContainsKey(c.i)).Select(c => headerRow[c.i]),
                Is.EqualTo(expected.Columns.Select((c, i) => (i, c.Header)).Where(c => headerRow.ContainsKey(c.i)).Select(c => c.Header)),
                expected.Uid);
        }
    }

    [Test]
    public void The_writer_gives_every_grid_cell_with_its_row_column_spans_and_text()
    {
        var extraction = Corpus.Extract(Corpus.All.First());
        using var output = new MemoryStream();

        PrintedTableWriter.Write(extraction, output);

        using var json = JsonDocument.Parse(output.ToArray());
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        var grids = extraction.Tables.SelectMany(PrintedTable.Of).ToList();
        Assert.That(json.RootElement.GetProperty("source").GetString(), Is.EqualTo(extraction.SourceFile));
        Assert.That(tables.Select(t => t.GetProperty("page").GetInt32()), Is.EqualTo(grids.Select(g => g.Page)));
        Assert.That(
            tables.SelectMany(t => t.GetProperty("cells").EnumerateArray()).Select(c => new PrintedCell(
                c.GetProperty("row").GetInt32(), c.GetProperty("col").GetInt32(), c.GetProperty("rowSpan").GetInt32(), c.GetProperty("colSpan").GetInt32(), c.GetProperty("text").GetString()!)),
            Is.EqualTo(grids.SelectMany(g => g.Cells)));
    }
}
