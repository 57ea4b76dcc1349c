using System.Text;
using Extraction.Outputs.PageView;
using Extraction.Outputs.RunReport;
using Extraction.Outputs;
using Extraction.Pipeline.Tables;
using Extraction.Tests.Golden;
using Extraction.Tests.Support;

namespace Extraction.Tests.Reporting;

/// <summary>The models behind the page view and the report, without a browser.</summary>
[TestFixture]
public sealed class ReportModelTests
{
    [TestCase("000_360efd37c18e3eeb")]
    [TestCase("003_06e0a490bd8dc3fd")]
    public void Each_header_cell_over_one_column_means_what_its_header_says(string name)
    {
        var extraction = Corpus.Extract(name);
        var year = extraction.Structure.FiscalYear!.Value;
        foreach (var table in extraction.Tables)
        {
            foreach (var cell in table.HeaderCells.Where(c => c.ColumnSpan == 1 && table.Columns[c.FirstColumn].Role == ColumnRole.Number))
            {
                var column = table.Columns[cell.FirstColumn];
                var (measure, expectedYear) = ExpectedColumnTypes.For(column.Label, year);
                Assert.That(HeaderMeaning.Of(table, cell), Does.StartWith($"{measure.Replace('_', ' ')} {expectedYear}"), $"{table.Id}: {cell.Text}");
            }
        }
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Every_fact_is_a_value_cell_of_its_table_row_and_column(string name)
    {
        var inspection = Corpus.Pipeline().Inspect(Corpus.Pdf(name));
        var model = PageViewBuilder.Build(inspection, Extraction.Document.PageRange.All)!;
        var extraction = ((Pipeline.DocumentSucceeded)inspection.Outcome).Extraction;

        Assert.That(model.Values.Select(v => v.Fact), Is.EqualTo(FactBuilder.Build(extraction)));
        foreach (var value in model.Values)
        {
            var table = extraction.Tables[value.Table];
            Assert.That(table.Uid, Is.EqualTo(value.Fact.TableUid));
            Assert.That(table.Rows[value.Row].Label, Is.EqualTo(value.Fact.RowLabel));
            Assert.That(table.Columns[value.Column].Label, Is.EqualTo(value.Fact.ColumnLabel));
            Assert.That(table.Rows[value.Row].Cells[value.Column].Value, Is.EqualTo(value.Fact.Value));
        }

        Assert.That(model.Checks.Count(c => !c.Holds), Is.EqualTo(extraction.Warnings.Count()));
        Assert.That(model.Values.Where(v => v.Failed).SelectMany(v => v.Checks).Distinct().Select(c => model.Checks[c]).Where(c => !c.Holds), Is.Not.Empty);
    }

    [Test]
    public void An_activity_area_series_is_the_bottom_total_of_its_table_with_the_most_years()
    {
        const string name = "000_360efd37c18e3eeb";
        var extraction = Corpus.Extract(name);
        var truth = Truth.Load(Corpus.Pdf(name)).Tables.Single(t => t.Id == "3.2");
        var headers = truth.Columns.Select(c => c.Header).ToList();
        var total = truth.Rows[^1].Values;
        decimal Printed(string header) => total[headers.IndexOf(header)]!.Value * 1000;

        var series = AreaSeriesBuilder.Build(extraction, FactBuilder.Build(extraction).ToList()).Single(s => s.Name == "Systemer");

        // Realised figures for the R-years, the budget for B25 and, for the budget year, the estimate (Skøn), which includes the supplement.
        Assert.That(
            series.Points.Select(p => (p.Year, p.AmountDkk, p.Measure)),
            Is.EqualTo(new[] { (2023, Printed("R23"), "actual"), (2024, Printed("R24"), "actual"), (2025, Printed("B25"), "budget"), (2026, Printed("Skøn 26"), "estimate") }));
    }

    [Test]
    public void A_template_slot_is_filled_once_and_what_fills_it_is_not_read_as_a_slot()
    {
        using var output = new MemoryStream();
        HtmlTemplate.Render("<p>{{a}}</p><i>{{b}}</i>", output, new Dictionary<string, Action<Stream>>
        {
            ["a"] = HtmlTemplate.Text("{{b}}"),
            ["b"] = HtmlTemplate.Text("B"),
        });

        Assert.That(Encoding.UTF8.GetString(output.ToArray()), Is.EqualTo("<p>{{b}}</p><i>B</i>"));
        Assert.That(() => HtmlTemplate.Render("{{missing}}", new MemoryStream(), new Dictionary<string, Action<Stream>>()), Throws.InvalidOperationException);
    }

    [Test]
    public void A_failed_document_has_its_reason_and_no_page_view()
    {
        var failed = new Pipeline.DocumentFailed("/in/x.pdf", Pipeline.StageTimings.Zero, "NotAPdf", "No %PDF- header.");

        var report = DocumentReportBuilder.Build(failed, null);

        Assert.That((report.Status, report.ErrorCode, report.ErrorMessage, report.PageView), Is.EqualTo((DocumentStatus.Failed, "NotAPdf", "No %PDF- header.", (string?)null)));
    }

    [TestCase(0, "0")]
    [TestCase(51856000, "51.856.000")]
    [TestCase(-2130, "-2.130")]
    [TestCase(0.54, "0,54")]
    public void Amounts_are_written_the_Danish_way(decimal amount, string expected) =>
        Assert.That(SeriesChart.Format(amount), Is.EqualTo(expected));
}
