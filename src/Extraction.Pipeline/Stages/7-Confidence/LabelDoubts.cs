using System.Text.RegularExpressions;
using Extraction.Pipeline.Model;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Doubts about which printed lines a row label is made of: a label that holds a sign convention, ends in a
/// preposition or starts with the tail of the label above shows that lines were cut or glued to the wrong row, and
/// then the row's figures may be reported under a label that is not theirs.
/// </summary>
public sealed class LabelDoubts
{
    public const string DoubtfulLabel = "doubtful_label";

    private readonly IReadOnlyList<Regex> patterns;

    public LabelDoubts(IReadOnlyList<string> doubtfulLabelPatterns)
    {
        patterns = doubtfulLabelPatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToList();
    }

    public IEnumerable<ConfidenceReason> Find(BudgetTable table, ConfidencePenalties penalties)
    {
        var doubtful = table.Rows.Where(r => patterns.Any(p => p.IsMatch(r.Label))).Select(r => $"'{r.Label}'").ToList();
        if (doubtful.Count > 0)
        {
            yield return new ConfidenceReason(DoubtfulLabel, $"{doubtful.Count} row label(s) look cut or glued: {string.Join(", ", doubtful.Take(3))}", penalties.DoubtfulLabel);
        }
    }
}
