using Extraction.Document.Numbers;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Model;

namespace Extraction.Pipeline.Confidence;

/// <summary>Doubts about a table's figures: cells of number columns that are not numbers, and sums that do not add up.</summary>
public static class CellDoubts
{
    public const string UnreadCell = "unread_cell";
    public const string FailedCheck = "failed_check";
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

        var failed = checks.Where(c => !c.Holds && Involves(c, table.Uid)).ToList();
        if (failed.Count > 0)
        {
            yield return new ConfidenceReason(FailedCheck, $"{failed.Count} check(s) do not hold, e.g. {failed[0].Rule}", penalties.FailedCheck);
        }
    }

    private static bool Involves(CheckResult check, string table) =>
        check.Target.Table == table || check.Terms.Any(t => t.Cell.Table == table);
}
