using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Outputs.RunReport;

/// <summary>
/// Draws each activity area's figures over the years from its facts: the bottom total row of the area's table that
/// covers the most years (R-years, the budget year, the overslagsår), one amount in kroner per year. Tables about
/// the whole policy area give its series only when the document has no activity areas.
/// </summary>
public static class AreaSeriesBuilder
{
    /// <summary>
    /// Which printed figure stands for a year, best first: the realised amount when printed, else the latest budget
    /// figure (an estimate already includes the supplements; a technical budget does not). Supplements, variances and
    /// quantities are not amounts of the year.
    /// </summary>
    private static readonly string[] Preference =
        ["actual", "corrected_budget", "estimate", "technical_budget", "budget", "original_budget", "projection"];

    public static IReadOnlyList<AreaSeries> Build(DocumentExtraction extraction, IReadOnlyList<Fact> facts)
    {
        var usable = facts.Where(f => f.Year is not null && f.AmountDkk is not null && Array.IndexOf(Preference, f.Measure) >= 0).ToList();
        var areas = usable.Where(f => f.ActivityAreaNumber is not null || f.ActivityArea is not null)
            .GroupBy(f => f.ActivityArea ?? string.Empty)
            .Select(g => Series(g.Key, g))
            .OfType<AreaSeries>()
            .ToList();
        if (areas.Count > 0)
        {
            return areas;
        }

        var whole = usable.Where(f => f.ActivityAreaNumber is null && f.ActivityArea is null).ToList();
        var name = extraction.Structure.PolicyArea is { } area ? "Politikområde " + area : "Whole document";
        return Series(name, whole) is { } series ? [series] : [];
    }

    private static AreaSeries? Series(string name, IEnumerable<Fact> facts)
    {
        var best = facts
            .GroupBy(f => f.TableUid)
            .Select(table => BottomTotal(table.ToList()))
            .Where(points => points.Count > 0)
            .OrderByDescending(points => points.Count)
            .FirstOrDefault();
        return best is null ? null : new AreaSeries(name.Length > 0 ? name : "(no name)", best);
    }

    /// <summary>The points of a table's last total row, one per year, by <see cref="Preference"/>.</summary>
    private static List<SeriesPoint> BottomTotal(List<Fact> table)
    {
        var totals = table.Where(f => f.RowKind == "total").ToList();
        if (totals.Count == 0)
        {
            return [];
        }

        var last = totals.MaxBy(f => (f.Page, f.Y0))!;
        return totals
            .Where(f => f.Page == last.Page && f.RowLabel == last.RowLabel && Math.Abs(f.Y0 - last.Y0) < last.Y1 - last.Y0)
            .GroupBy(f => f.Year!.Value)
            .Select(year => year.MinBy(f => Array.IndexOf(Preference, f.Measure))!)
            .OrderBy(f => f.Year)
            .Select(f => new SeriesPoint(f.Year!.Value, f.AmountDkk!.Value, f.Measure, f.ColumnLabel, f.TableId))
            .ToList();
    }
}
