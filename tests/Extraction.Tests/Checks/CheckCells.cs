using Extraction.Pipeline.Checks;
using Extraction.Tests.Support;

namespace Extraction.Tests.Checks;

/// <summary>
/// A check and a ground-truth relation are the same when they involve the same cells (table number, row label, column).
/// The truth names a column by its last header level ("Regnskab i 1.000 kr."), the pipeline by the whole path.
/// </summary>
internal static class CheckCells
{
    public static bool SameCells(CheckResult check, TruthRelation relation)
    {
        var mine = new[] { check.Target }.Concat(check.Terms.Select(t => t.Cell)).ToList();
        var truth = new[] { relation.Target }.Concat(relation.Terms).ToList();
        return mine.Count == truth.Count
            && truth.All(t => mine.Any(m => Same(m, t)))
            && mine.All(m => truth.Any(t => Same(m, t)));
    }

    public static string Describe(TruthRelation relation) =>
        $"{relation.Kind} '{relation.Target.Label}' / '{relation.Target.Column}' in {relation.Target.TableId ?? relation.Target.Table}: printed {relation.Printed}, computed {relation.Computed}";

    private static bool Same(CellReference mine, TruthCell truth) =>
        mine.RowLabel == truth.Label
        && (truth.TableId is null || mine.TableId == truth.TableId)
        && (mine.ColumnLabel == truth.Column || mine.ColumnLabel.EndsWith(" / " + truth.Column, StringComparison.Ordinal));
}
