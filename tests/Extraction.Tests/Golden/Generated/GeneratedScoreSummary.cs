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
