using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Confidence;

namespace Extraction.Tests.Confidence;

/// <summary>A failed sum that looks like the document's own slip weighs less than one that looks like a misread table.</summary>
public sealed class PrintingSlipTests
{
    [Test]
    public void A_total_off_by_rounding_is_a_likely_slip()
    {
        var check = Sum(column: 1, printed: 1001m, 400m, 600m);

        Assert.That(PrintingSlip.IsLikely(check, [check]), Is.True);
    }

    [Test]
    public void Rounding_is_half_a_unit_of_the_last_printed_digit_per_figure()
    {
        var byTenths = Sum(column: 1, printed: 2.3m, 1.1m, 1.1m);
        var byWholes = Sum(column: 1, printed: 4m, 1m, 1m);

        Assert.That(PrintingSlip.IsLikely(byTenths, [byTenths]), Is.True);
        Assert.That(PrintingSlip.IsLikely(byWholes, [byWholes]), Is.False);
    }

    [Test]
    public void A_sum_failing_in_one_column_while_the_same_rows_add_up_in_the_others_is_a_likely_slip()
    {
        var failed = Sum(column: 1, printed: 1500m, 400m, 600m);
        var checks = new[] { failed, Sum(column: 2, printed: 30m, 10m, 20m), Sum(column: 3, printed: 7m, 3m, 4m) };

        Assert.That(PrintingSlip.IsLikely(failed, checks), Is.True);
    }

    [Test]
    public void A_sum_failing_in_two_columns_is_not_a_slip()
    {
        var failed = Sum(column: 1, printed: 1500m, 400m, 600m);
        var checks = new[] { failed, Sum(column: 2, printed: 90m, 10m, 20m), Sum(column: 3, printed: 7m, 3m, 4m) };

        Assert.That(PrintingSlip.IsLikely(failed, checks), Is.False);
    }

    [Test]
    public void A_lone_sum_off_by_a_whole_figure_is_not_a_slip()
    {
        var failed = Sum(column: 1, printed: 1500m, 400m, 600m);

        Assert.That(PrintingSlip.IsLikely(failed, [failed]), Is.False);
    }

    private static CheckResult Sum(int column, decimal printed, params decimal[] terms)
    {
        var target = Cell(row: terms.Length, column, printed);
        var computed = terms.Sum();
        return new CheckResult(
            CheckKind.ColumnSum,
            "total = sum of rows",
            target,
            terms.Select((t, row) => new CheckTerm(Cell(row, column, t), 1)).ToList(),
            computed,
            printed == computed);
    }

    private static CellReference Cell(int row, int column, decimal value) =>
        new("t1", null, row, column, $"row {row}", $"column {column}", value, 1);
}
