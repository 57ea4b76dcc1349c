using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Doubts about the evidence a table stands on: no caption nor number and few rows, a unit taken from elsewhere, and a
/// table known only by its proposal's number in a proposal that holds the same table twice: the proposal headings
/// between them were likely not seen, so every number derived from that proposal is a guess.
/// </summary>
public static class EvidenceDoubts
{
    public const string WeakEvidence = "weak_evidence";
    public const string UnitInferred = "unit_inferred";
    public const string RepeatedInProposal = "repeated_in_proposal";

    public static IEnumerable<ConfidenceReason> Find(BudgetTable table, IReadOnlyList<BudgetTable> document, ConfidenceOptions options)
    {
        var penalties = options.Penalties;
        if (table.Caption is null && table.Id is null && table.Rows.Count < options.FewRows)
        {
            yield return new ConfidenceReason(WeakEvidence, $"no caption, no number and {table.Rows.Count} row(s)", penalties.WeakEvidence);
        }

        if (table.Kind == TableKind.General)
        {
            yield return new ConfidenceReason(WeakEvidence, "found by a general detector: columns not typed", penalties.WeakEvidence);
        }

        if (table.UnitInferred)
        {
            yield return new ConfidenceReason(UnitInferred, $"prints no unit; '{table.Unit?.Printed}' taken from elsewhere", penalties.UnitInferred);
        }

        if (table.Proposal is not null && table.Caption is null && HoldsRepeatedTables(table.Proposal, document))
        {
            yield return new ConfidenceReason(RepeatedInProposal, $"proposal {table.Proposal} holds the same table twice: a proposal heading may have been missed, so the table's number is a guess", penalties.RepeatedInProposal);
        }
    }

    private static bool HoldsRepeatedTables(string proposal, IReadOnlyList<BudgetTable> document)
    {
        var shapes = document.Where(t => t.Proposal == proposal && t.Caption is null && t.Kind == TableKind.Numeric)
            .Select(t => string.Join('\n', t.Rows.Select(r => r.Label)))
            .ToList();
        return shapes.Distinct(StringComparer.Ordinal).Count() < shapes.Count;
    }
}
