using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.Rows;

/// <summary>
/// Splits a group of lines set without a wider blank space into rows: one row per value line, each with the label
/// lines wrapped around it, and label lines of their own (a heading) where the evidence says so. Between each two
/// lines the evidence is read in this order: the body's spacing (<see cref="BodySpacing"/>); then the letters (a
/// line ending in a hyphen, or followed by a label starting in lower case, continues on the next line; a label in
/// another weight starts a row); then the room (a label whose next line's first word would have fitted at its end
/// was not wrapped: the next line starts a row). Two value lines are always two rows. Between two value lines where
/// nothing says where the one row ends, the figures are taken to sit on the label's last line (or first, per
/// <c>tables.wrapped_label_value_alignment</c>).
/// </summary>
internal static class ValueRows
{
    public static List<List<LineProfile>> Split(List<LineProfile> lines, BodySpacing spacing, double labelX1, bool bottom, double tolerance)
    {
        // starts[i]: whether a row starts at line i (i > 0); null while nothing says.
        var starts = new bool?[lines.Count];
        for (var i = 1; i < lines.Count; i++)
        {
            starts[i] = lines[i - 1].IsValueLine && lines[i].IsValueLine
                ? true
                : spacing.StartsRow(lines[i - 1], lines[i]) ?? ByLetters(lines[i - 1], lines[i], labelX1, tolerance);
        }

        var values = Enumerable.Range(0, lines.Count).Where(i => lines[i].IsValueLine).ToList();
        for (var v = 0; v + 1 < values.Count; v++)
        {
            // Between two value lines a row starts at least once.
            var between = Enumerable.Range(values[v] + 1, values[v + 1] - values[v]).ToList();
            if (between.Any(i => starts[i] == true))
            {
                continue;
            }

            var open = between.Where(i => starts[i] is null).ToList();
            var cut = open.Count > 0
                ? (bottom ? open[0] : open[^1])
                : between.MaxBy(i => BodySpacing.Gap(lines[i - 1], lines[i]));
            starts[cut] = true;
        }

        var rows = new List<List<LineProfile>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || starts[i] == true)
            {
                rows.Add([]);
            }

            rows[^1].Add(lines[i]);
        }

        return rows;
    }

    private static bool? ByLetters(LineProfile upper, LineProfile lower, double labelX1, double tolerance)
    {
        if (Label(upper) is not { } above || Label(lower) is not { } below)
        {
            return null;
        }

        if (above.Text.EndsWith('-') || below.Text is [var first, ..] && char.IsLower(first))
        {
            return false;
        }

        if (above.IsBold != below.IsBold)
        {
            return true;
        }

        // A label wraps where its next word no longer fits in its column (at least as wide as its widest label). A
        // line of figures may go on with a label broken by hand ("Software & licenser" over "Bruger"), and a line that
        // starts elsewhere (after an item code, in another column) is no next line of the same cell.
        var word = below.Words[0];
        return !upper.IsValueLine && Math.Abs(above.Box.X0 - below.Box.X0) <= tolerance
            && above.Box.X1 + (word.FontSize / 4) + word.Box.Width <= labelX1 ? true : null;
    }

    private static TextSegment? Label(LineProfile line) => line.NumericSegments[0] ? null : line.Line.Segments[0];
}
