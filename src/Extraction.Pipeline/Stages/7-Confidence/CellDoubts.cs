using System.Globalization;
using Extraction.Document.Numbers;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Model;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Doubts about a table's figures: cells of number columns that are not numbers, and sums that do not add up (a sum that
/// fails the way a printing slip does weighs less: see <see cref="PrintingSlip"/>).
/// </summary>
public static class CellDoubts
{
    public const string UnreadCell = "unread_cell";
    public const string FailedCheck = "failed_check";
    public const string LikelySlip = "likely_slip";
    public const string MixedConvention = "mixed_convention";
    public const string AmbiguousNumber = "ambiguous_number";
    public const string ParenthesesByArithmetic = "parentheses_by_arithmetic";

    public static IEnumerable<ConfidenceReason> Find(BudgetTable table, IReadOnlyList<CheckResult> checks, ConfidencePenalties penalties)
    {
        var unread = UnreadFigure.In(table).ToList();
        if (unread.Count > 0)
        {
            yield return new ConfidenceReason(UnreadCell, $"{unread.Count} cell(s) of number columns are not numbers, e.g. '{unread[0].Text}'", penalties.UnreadCell);
        }

        if (table.ConventionMisfits > 0)
        {
            yield return new ConfidenceReason(MixedConvention, $"{table.ConventionMisfits} number cell(s) are printed in another convention than the table's ({table.NumberConvention.Name()})", penalties.MixedConvention);
        }

        if (table.AmbiguousNumbers > 0)
        {
            yield return new ConfidenceReason(AmbiguousNumber, $"{table.AmbiguousNumbers} number cell(s) read in the table's convention ({table.NumberConvention.Name()}) would read as another value in another convention, and nothing else in the table shows that form", penalties.AmbiguousNumber);
        }

        if (table.ParenthesesByArithmetic)
        {
            yield return new ConfidenceReason(ParenthesesByArithmetic, "numbers in parentheses are read as negatives because the table's sums hold only so", penalties.ParenthesesByArithmetic);
        }

        var involved = checks.Where(c => Involves(c, table.Uid)).ToList();
        var failed = involved.Where(c => !c.Holds).ToLookup(c => PrintingSlip.IsLikely(c, involved));
        if (failed[false].ToList() is [var first, ..] structural)
        {
            yield return new ConfidenceReason(FailedCheck, $"{structural.Count} check(s) do not hold, e.g. {first.Rule}", penalties.FailedCheck);
        }

        if (failed[true].ToList() is [var slip, ..] slips)
        {
            yield return new ConfidenceReason(LikelySlip, string.Create(CultureInfo.InvariantCulture, $"{slips.Count} check(s) fail by a rounding difference or in one column only, likely the document's slip, e.g. {slip.Rule} in '{slip.Target.ColumnLabel}' (difference {slip.Difference:0.###})"), penalties.LikelySlip);
        }
    }

    private static bool Involves(CheckResult check, string table) =>
        check.Target.Table == table || check.Terms.Any(t => t.Cell.Table == table);
}
