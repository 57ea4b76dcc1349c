namespace Extraction.Pipeline.Tables;

/// <summary>
/// A row label wrapped over lines that are set no further apart than the rows themselves comes out of the grouping as
/// rows of label text only. The letters show where such a line belongs: one that starts in lower case continues the
/// label above it (the figures were printed on the label's first line); one followed by a label that starts in lower
/// case, or that ends in a hyphen, starts the label below (the figures were printed on its last line). A row of
/// label text that starts in upper case before a label that does too is a row of its own (a group heading).
/// </summary>
internal static class WrappedLabels
{
    public static IEnumerable<List<LineProfile>> Join(List<List<LineProfile>> rows)
    {
        var joined = new List<List<LineProfile>>();
        foreach (var row in rows)
        {
            if (joined.Count > 0 && IsLabelOnly(row) && HasValues(joined[^1]) && SameWeight(joined[^1], row) && StartsLowerCase(row))
            {
                joined[^1] = [.. joined[^1], .. row];
            }
            else
            {
                joined.Add(row);
            }
        }

        for (var i = joined.Count - 2; i >= 0; i--)
        {
            var next = joined[i + 1];
            if (IsLabelOnly(joined[i]) && HasValues(next) && SameWeight(joined[i], next) && (StartsLowerCase(next) || EndsInHyphen(joined[i])))
            {
                joined[i + 1] = [.. joined[i], .. next];
                joined.RemoveAt(i);
            }
        }

        return joined;
    }

    private static bool IsLabelOnly(List<LineProfile> row) => row.All(l => !l.NumericSegments.Any(n => n));

    private static bool HasValues(List<LineProfile> row) => row.Any(l => l.IsValueLine);

    /// <summary>Whether the two rows' labels are set in the same weight (a heading is often bold above plain rows).</summary>
    private static bool SameWeight(List<LineProfile> a, List<LineProfile> b) => a[0].Line.Segments[0].IsBold == b[0].Line.Segments[0].IsBold;

    private static bool StartsLowerCase(List<LineProfile> row) =>
        row[0].NumericSegments[0] is false && row[0].Line.Segments[0].Text is [var first, ..] && char.IsLower(first);

    private static bool EndsInHyphen(List<LineProfile> row) => row[^1].Line.Text.EndsWith('-');
}
