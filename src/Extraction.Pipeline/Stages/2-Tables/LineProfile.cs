using Extraction.Document.Numbers;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>How a line reads for table detection: which of its segments are numbers and whether it looks like a table row.</summary>
public sealed record LineProfile(TextLine Line, IReadOnlyList<bool> NumericSegments, bool IsValueLine, bool IsYearsOnly)
{
    /// <param name="line">The line.</param>
    /// <param name="numbers">Number options (the year range).</param>
    /// <param name="figures">The conventions a table may print in: a segment is numeric when one of them reads it.</param>
    public static LineProfile Of(TextLine line, NumberOptions numbers, NumberConventionDecision figures) =>
        Classify(line, line.Segments.Select(s => IsNumeric(s, figures)).ToList(), numbers);

    /// <summary>The same line with the segments at <paramref name="indices"/> read as text (the first line of a wrapped text cell).</summary>
    public LineProfile WithText(IReadOnlySet<int> indices, NumberOptions numbers) =>
        Classify(Line, NumericSegments.Select((n, i) => n && !indices.Contains(i)).ToList(), numbers);

    private static LineProfile Classify(TextLine line, List<bool> numeric, NumberOptions numbers)
    {
        var count = numeric.Count(n => n);
        var isValueLine = (numeric[^1] && (count >= 2 || !numeric[0])) || EndsInTextColumn(numeric);
        var years = isValueLine && AreYears(line.Segments.Where((_, i) => numeric[i]), numbers);
        return new LineProfile(line, numeric, isValueLine, years);
    }

    /// <summary>Every word of <paramref name="segments"/> is a year of the configured range.</summary>
    internal static bool AreYears(IEnumerable<TextSegment> segments, NumberOptions numbers) =>
        segments.SelectMany(s => s.Words).All(w => DanishNumber.IsYear(w.Text, numbers.MinYear, numbers.MaxYear));

    /// <summary>
    /// A label or none, a run of at least two numbers, then text only: a row whose last column holds text (a key and
    /// value printed beside the figures; without a label when the row's label stands on the line above, its figures
    /// set lower beside a key wrapped over two lines). One number before text is not enough: header lines read that way
    /// ("B26 26 Tillæg").
    /// </summary>
    private static bool EndsInTextColumn(List<bool> numeric)
    {
        var first = numeric.IndexOf(true);
        var last = numeric.LastIndexOf(true);
        return first >= 0 && last > first && last < numeric.Count - 1 && Enumerable.Range(first, last - first + 1).All(i => numeric[i]);
    }

    /// <summary>
    /// A segment of numbers only (<see cref="IsNumeric(TextSegment)"/>), or one figure in any convention a table may print
    /// in, with its unit or "%" and in accounting parentheses ("1,234.5", "1.370.000 kr.", "(12.440)").
    /// </summary>
    public static bool IsNumeric(TextSegment segment, NumberConventionDecision figures) =>
        IsNumeric(segment) || (segment.Text.Any(char.IsAsciiDigit) && figures.IsFigure(segment.Text));

    /// <summary>A segment of numbers only in the Danish convention: values, dashes or placeholders, at least one of them not a dash.</summary>
    public static bool IsNumeric(TextSegment segment)
    {
        // Every segment of every page passes here, most of them words: the first word that is no number decides.
        var allDashes = true;
        foreach (var word in segment.Words)
        {
            var kind = DanishNumber.Parse(word.Text).Kind;
            if (kind is not (NumberKind.Value or NumberKind.Dash or NumberKind.Placeholder))
            {
                return false;
            }

            allDashes &= kind == NumberKind.Dash;
        }

        return !allDashes || segment.Words.Count == 1;
    }
}
