using Extraction.Document.Numbers;
using Extraction.Pipeline.Tables;

namespace Extraction.Training;

/// <summary>
/// Which truth row each body line of a table belongs to: the lines are cut into consecutive groups, each holding
/// exactly the letters and values of one truth row of the page (rows in truth order, some skipped), and lines that
/// fit no row stand alone (a sign convention, a note, prose taken into the table: rows of their own). The cut that
/// leaves the fewest lines alone wins. A line alone that carries figures means the truth cannot be matched there
/// (lines the layout merged, a figure printed in another form): its group is unknown, and the spaces next to it teach
/// nothing.
/// </summary>
internal static class RowAlignment
{
    /// <summary>The longest wrapped row the generator draws (a label wraps into at most 5 lines) plus a value line of its own.</summary>
    private const int MaxRowLines = 6;

    /// <summary>For each line, the number of its group (lines alone get groups of their own), or null when it is a line with figures that fits no row.</summary>
    public static int?[] Groups(IReadOnlyList<LineProfile> lines, IReadOnlyList<TruthRow> rows)
    {
        var n = lines.Count;
        // Key/value fields printed right of the figures are no cells of the truth's rows.
        var figuresRight = lines.SelectMany(l => l.Line.Segments.Where((_, i) => l.NumericSegments[i])).Select(s => s.Box.X1).DefaultIfEmpty(double.MaxValue).Max();
        var letters = lines
            .Select(l => TruthRow.LettersOf(string.Concat(l.Line.Segments.Where((s, i) => !l.NumericSegments[i] && s.Box.X0 < figuresRight).Select(s => s.Text))))
            .ToList();
        var values = lines.Select(Values).ToList();
        var cost = new int[n + 1, rows.Count + 1];
        var back = new (int Line, int Row, bool Alone)[n + 1, rows.Count + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= rows.Count; j++)
            {
                cost[i, j] = int.MaxValue;
            }
        }

        cost[0, 0] = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= rows.Count; j++)
            {
                if (cost[i, j] == int.MaxValue)
                {
                    continue;
                }

                Relax(i + 1, j, cost[i, j] + 1, (i, j, true));
                for (var k = i + 1; k <= Math.Min(n, i + MaxRowLines); k++)
                {
                    var groupLetters = TruthRow.LettersOf(string.Concat(letters.Skip(i).Take(k - i)));
                    var groupValues = values.Skip(i).Take(k - i).SelectMany(v => v).Order().ToList();
                    for (var r = j; r < rows.Count; r++)
                    {
                        if (rows[r].Letters == groupLetters && groupValues.SequenceEqual(rows[r].Values.Order()))
                        {
                            Relax(k, r + 1, cost[i, j], (i, j, false));
                        }
                    }
                }
            }
        }

        var end = Enumerable.Range(0, rows.Count + 1).MinBy(j => cost[n, j]);
        var groups = new int?[n];
        var group = 0;
        for (var (i, j) = (n, end); i > 0;)
        {
            var (line, row, alone) = back[i, j];
            for (var l = line; l < i; l++)
            {
                groups[l] = alone && values[line].Count > 0 ? null : group;
            }

            group++;
            (i, j) = (line, row);
        }

        return groups;

        void Relax(int i, int j, int value, (int, int, bool) from)
        {
            if (value < cost[i, j])
            {
                cost[i, j] = value;
                back[i, j] = from;
            }
        }
    }

    private static List<decimal> Values(LineProfile line) => line.Line.Segments
        .Where((_, i) => line.NumericSegments[i])
        .SelectMany(s => s.Words)
        .Select(w => DanishNumber.Parse(w.Text))
        .Where(n => n.Kind == NumberKind.Value && n.Value is not null)
        .Select(n => Math.Abs(n.Value!.Value))
        .ToList();
}
