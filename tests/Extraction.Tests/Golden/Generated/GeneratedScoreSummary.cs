using System.Globalization;
using System.Text;

namespace Extraction.Tests.Golden.Generated;

/// <summary>The scores of the generated PDFs as Markdown: totals per document and producer, then file by file, then examples of wrong cells.</summary>
internal static class GeneratedScoreSummary
{
    private const int WrongCellsListed = 20;

    private static readonly (string Kind, Func<GeneratedScore, IReadOnlyList<(GoldenCell Expected, GoldenCell Actual)>> Pick)[] Kinds =
    [
        ("Wrong values", s => s.WrongValues),
        ("Wrong measure, year, scale or row kind", s => s.WrongTypes),
        ("Wrong table id, row label or column label", s => s.WrongLabels),
    ];

    public static string Markdown(IReadOnlyList<GeneratedScore> scores)
    {
        var text = new StringBuilder();
        text.AppendLine("| document | producer | files | exact | truth cells | matched | missing | wrong values | wrong measure/year/kind | wrong labels | spurious |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in scores.GroupBy(s => (s.Variant.Document, s.Variant.Producer)).OrderBy(g => g.Key))
        {
            text.AppendLine(Row(group.Key.Document, group.Key.Producer, group.ToList()));
        }

        text.AppendLine(Row("**all**", string.Empty, scores));
        text.AppendLine();
        text.AppendLine("| file | producer | truth cells | matched | missing | wrong values | wrong measure/year/kind | wrong labels | spurious | note |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in scores.OrderBy(s => s.Variant.Name, StringComparer.Ordinal))
        {
            text.AppendLine(Invariant($"| {s.Variant.Name} | {s.Variant.Producer} | {s.Expected} | {s.Matched} | {s.Missing.Count} | {s.WrongValues.Count} | {s.WrongTypes.Count} | {s.WrongLabels.Count} | {s.Spurious.Count} | {(s.IsExact ? "exact" : s.Failure ?? string.Empty)} |"));
        }

        text.AppendLine();
        text.AppendLine(Confidence(scores));
        foreach (var (kind, pick) in Kinds)
        {
            var wrong = scores.SelectMany(s => pick(s).Select(w => (s.Variant.Name, w.Expected, w.Actual))).ToList();
            text.AppendLine();
            text.AppendLine(Invariant($"{kind}: {wrong.Count} cells{(wrong.Count > WrongCellsListed ? Invariant($", the first {WrongCellsListed}") : string.Empty)}."));
            text.AppendLine();
            foreach (var (name, expected, actual) in wrong.Take(WrongCellsListed))
            {
                text.AppendLine($"- {name}: truth {expected}; got {actual}");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// What the confidence step catches and what it flags needlessly: facts in doubtful tables that do not match the
    /// truth, and those that do (false alarms), with how often each doubt lowered a false alarm's table.
    /// </summary>
    private static string Confidence(IReadOnlyList<GeneratedScore> scores)
    {
        var given = scores.Sum(s => s.Matched + s.Wrong + s.Spurious.Count);
        var mismatched = scores.Sum(s => s.Mismatched.Count());
        var caught = mismatched - scores.Sum(s => s.SilentlyWrong.Count);
        var alarms = scores.SelectMany(s => s.FalseAlarms).ToList();
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Confidence: of {given} facts given, {mismatched} do not match the truth and {caught} of them are in doubtful tables; {alarms.Count} facts that match the truth are in doubtful tables too (false alarms)."));
        var silent = scores.SelectMany(s => s.SilentlyWrong.Select(c => (s.Variant.Name, c.Page, c.TableId, c.RowLabel)))
            .GroupBy(c => c)
            .ToList();
        if (silent.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"Silently wrong (not matching the truth, in a table that is not doubtful): {silent.Sum(g => g.Count())} facts in {silent.Count} rows{(silent.Count > WrongCellsListed ? Invariant($", the first {WrongCellsListed}") : string.Empty)}."));
            text.AppendLine();
            foreach (var row in silent.Take(WrongCellsListed))
            {
                text.AppendLine(Invariant($"- {row.Key.Name}: p{row.Key.Page} table '{row.Key.TableId}' row '{row.Key.RowLabel}': {row.Count()} facts"));
            }
        }

        if (alarms.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| doubt | false-alarm facts it lowered |");
            text.AppendLine("|---|---:|");
            foreach (var reason in alarms.SelectMany(a => a.Reasons).GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine(Invariant($"| {reason.Key} | {reason.Count()} |"));
            }
        }

        return text.ToString();
    }

    /// <summary>Every cell a file gets wrong, missing or spurious, for the log of a failing test.</summary>
    public static string Details(GeneratedScore score)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{score.Variant.Name} ({score.Variant.Producer}): {score.Expected} truth cells, {score.Matched} matched, {score.Counts}.{(score.Failure is null ? string.Empty : " Failed: " + score.Failure)}"));
        foreach (var (kind, pick) in Kinds)
        {
            foreach (var (expected, actual) in pick(score))
            {
                text.AppendLine($"  {kind}: truth {expected}");
                text.AppendLine($"    got {actual}");
            }
        }

        foreach (var cell in score.Missing)
        {
            text.AppendLine("  missing:  " + cell);
        }

        foreach (var cell in score.Spurious)
        {
            text.AppendLine("  spurious: " + cell);
        }

        return text.ToString();
    }

    private static string Row(string document, string producer, IReadOnlyCollection<GeneratedScore> scores) =>
        Invariant($"| {document} | {producer} | {scores.Count} | {scores.Count(s => s.IsExact)} | {scores.Sum(s => s.Expected)} | {scores.Sum(s => s.Matched)} | {scores.Sum(s => s.Missing.Count)} | {scores.Sum(s => s.WrongValues.Count)} | {scores.Sum(s => s.WrongTypes.Count)} | {scores.Sum(s => s.WrongLabels.Count)} | {scores.Sum(s => s.Spurious.Count)} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
