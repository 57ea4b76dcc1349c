using System.Text.RegularExpressions;
using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// Decides what rows and tables are about. A total's label without its total words ("Systemer, i alt" → "Systemer")
/// names an activity area, the policy area, or nothing ("Samlet Udgift"), in which case it is about the table's own
/// scope. An item named like an activity area, in a table about the whole policy area, is about that activity area.
/// </summary>
internal sealed class SubjectResolver
{
    private static readonly Regex LeadingNumber = new(@"^\d+(\.\d+)*\.?\s+", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, int> areaNames;
    private readonly SubjectPatterns patterns;

    public SubjectResolver(SubjectPatterns patterns, IEnumerable<ActivityArea> areas)
    {
        this.patterns = patterns;
        areaNames = areas.Where(a => a.Number is not null)
            .GroupBy(a => Subject.Normalise(a.Name))
            .ToDictionary(g => g.Key, g => g.First().Number!.Value);
    }

    /// <summary>What a table's bottom line (its totals and any rows after the last total) is about.</summary>
    public Subject OfTotal(BudgetTable table, BudgetRow total)
    {
        if (patterns.PolicyTotals.IsMatch(total.Label))
        {
            return Subject.PolicyArea;
        }

        var name = Subject.Normalise(patterns.TotalWords.Aggregate(total.Label, (label, pattern) => pattern.Replace(label, " ")));
        if (patterns.Generic.Contains(name) || (table.ActivityArea is { } own && areaNames.TryGetValue(name, out var n) && n == own))
        {
            return Scope(table);
        }

        return areaNames.TryGetValue(name, out var area) && table.ActivityArea is null && table.Proposal is null ? Subject.Area(area) : Subject.Item(Scope(table), name);
    }

    /// <summary>What an item or subtotal row is about.</summary>
    public Subject OfRow(BudgetTable table, BudgetRow row)
    {
        var name = Subject.Normalise(LeadingNumber.Replace(row.Label, string.Empty));
        if (table.Proposal is null && areaNames.TryGetValue(name, out var area) && (table.ActivityArea is null || table.ActivityArea == area))
        {
            return Subject.Area(area);
        }

        return Subject.Item(Scope(table), name);
    }

    private static Subject Scope(BudgetTable table) =>
        table.Proposal is { } proposal ? Subject.Proposal(proposal) : table.ActivityArea is { } area ? Subject.Area(area) : Subject.PolicyArea;
}
