using Extraction.Pipeline.Checks;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Tells a slip in the printed document from a misread table. Two signs point to the document:
/// <list type="bullet">
/// <item>the difference is no larger than rounding each printed figure to its last digit can make (half a unit of that
/// digit per figure): printed totals are often off by one, while a lost or glued row moves a sum by a whole figure;</item>
/// <item>the check fails in one column while the same rows add up in every other column, which confirms the rows and
/// columns were read right; a misread (a row lost or glued, a figure in the wrong column) breaks the same sum in
/// several columns at once.</item>
/// </list>
/// </summary>
public static class PrintingSlip
{
    public static bool IsLikely(CheckResult failed, IReadOnlyList<CheckResult> checks) =>
        WithinRounding(failed) || Isolated(failed, checks);

    private static bool WithinRounding(CheckResult check)
    {
        var figures = check.Terms.Select(t => t.Cell.Value).Append(check.Printed).ToList();
        var lastDigit = 1m / (decimal)Math.Pow(10, figures.Max(f => f.Scale));
        return Math.Abs(check.Difference) <= lastDigit * figures.Count / 2;
    }

    private static bool Isolated(CheckResult failed, IReadOnlyList<CheckResult> checks)
    {
        var siblings = checks.Where(c => !ReferenceEquals(c, failed) && SameRelation(c, failed) && c.Target.Column != failed.Target.Column).ToList();
        return siblings.Count > 0 && siblings.All(s => s.Holds);
    }

    private static bool SameRelation(CheckResult a, CheckResult b) =>
        a.Kind == b.Kind
        && a.Rule == b.Rule
        && a.Target.Table == b.Target.Table
        && a.Target.Row == b.Target.Row
        && a.Terms.Select(t => (t.Cell.Table, t.Cell.Row, t.Sign)).SequenceEqual(b.Terms.Select(t => (t.Cell.Table, t.Cell.Row, t.Sign)));
}
