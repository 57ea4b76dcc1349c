using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Confidence;

/// <summary>Doubts about what a table's number columns measure: headers the vocabulary does not know, header levels that disagree.</summary>
public static class ColumnDoubts
{
    public const string UnknownColumn = "unknown_column";
    public const string ConflictingHeader = "conflicting_header";

    public static IEnumerable<ConfidenceReason> Find(BudgetTable table, ConfidencePenalties penalties)
    {
        var numbers = table.Columns.Where(c => c.Role == ColumnRole.Number).ToList();
        var unknown = numbers.Where(c => c.Budget.Measure == Measure.Unknown).Select(c => $"'{c.Label}'").ToList();
        if (unknown.Count > 0)
        {
            yield return new ConfidenceReason(UnknownColumn, $"{unknown.Count} number column(s) of unknown measure: {string.Join(", ", unknown)}", penalties.UnknownColumn);
        }

        var conflicting = numbers.Where(c => c.Budget.ConflictingMeasures.Count > 0)
            .Select(c => $"'{c.Label}' ({string.Join(" / ", c.Budget.ConflictingMeasures.Select(m => m.Name()))})")
            .ToList();
        if (conflicting.Count > 0)
        {
            yield return new ConfidenceReason(ConflictingHeader, $"header levels name different measures: {string.Join(", ", conflicting)}", penalties.ConflictingHeader);
        }
    }
}
