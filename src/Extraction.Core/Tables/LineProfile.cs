using Extraction.Core.Layout;
using Extraction.Core.Numbers;

namespace Extraction.Core.Tables;

/// <summary>How a line reads for table detection: which of its segments are numbers and whether it looks like a table row.</summary>
public sealed record LineProfile(TextLine Line, IReadOnlyList<bool> NumericSegments, bool IsValueLine, bool IsYearsOnly)
{
    public static LineProfile Of(TextLine line, NumberOptions numbers)
    {
        var numeric = line.Segments.Select(IsNumeric).ToList();
        var count = numeric.Count(n => n);
        var isValueLine = numeric[^1] && (count >= 2 || !numeric[0]);
        var years = isValueLine && line.Segments
            .Where((_, i) => numeric[i])
            .SelectMany(s => s.Words)
            .All(w => DanishNumber.IsYear(w.Text, numbers.MinYear, numbers.MaxYear));
        return new LineProfile(line, numeric, isValueLine, years);
    }

    /// <summary>A segment of numbers only: values, dashes or placeholders, at least one of them not a dash.</summary>
    public static bool IsNumeric(TextSegment segment)
    {
        var kinds = segment.Words.Select(w => DanishNumber.Parse(w.Text).Kind).ToList();
        return kinds.All(k => k is NumberKind.Value or NumberKind.Dash or NumberKind.Placeholder)
            && (kinds.Any(k => k != NumberKind.Dash) || segment.Words.Count == 1);
    }
}
