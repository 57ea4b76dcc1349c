using Extraction.Document.Numbers;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Numbers do not wrap. A number on a value line whose cell continues with text on the line right below ("1112 –" over
/// "Fælles" over "rammepuljer", an account number and its name) is the first line of a text cell, not a figure. The
/// text below must hold words, start where the number starts (the cell's left edge) and lie under that number alone:
/// a note row running across the table, or the label of the next row reaching under a figure, says nothing about one
/// cell, and a figure printed in a form the number reader does not know ("1,190,000") is no text. The line below may hold
/// the row's figures itself (a label wrapped over three lines with its figures on the middle one), but then only when
/// they lie right of the text and the number is the last figure of its own line: a column holding a number in one row
/// and text in the next is no wrapped cell.
/// </summary>
internal static class WrappedTextCells
{
    public static List<LineProfile> Reclassify(IReadOnlyList<LineProfile> lines, TableOptions options, NumberOptions numbers)
    {
        var result = lines.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var line = result[i];
            var next = result[i + 1];
            if (!line.IsValueLine
                || next.NumericSegments.All(n => n)
                || LineSpace.Between(line.Line, next.Line) > options.RowSplitGapEm * next.Line.FontSize)
            {
                continue;
            }

            var wrapped = new HashSet<int>();
            foreach (var below in next.Line.Segments.Where((s, k) => !next.NumericSegments[k] && s.Text.Any(char.IsLetter)))
            {
                var over = Enumerable.Range(0, line.Line.Segments.Count)
                    .Where(k => line.Line.Segments[k].Box.HorizontalOverlap(below.Box) > 0)
                    .ToList();
                if (over.Count == 1 && line.NumericSegments[over[0]]
                    && Math.Abs(below.Box.X0 - line.Line.Segments[over[0]].Box.X0) <= options.ColumnJoinTolerance
                    && (!next.IsValueLine || FiguresFollow(line, over[0], next, below)))
                {
                    wrapped.Add(over[0]);
                }
            }

            if (wrapped.Count > 0)
            {
                result[i] = line.WithText(wrapped, numbers);
            }
        }

        return result;
    }

    /// <summary>The number at <paramref name="index"/> is its line's last figure, and the line below has figures right of its text.</summary>
    private static bool FiguresFollow(LineProfile line, int index, LineProfile next, TextSegment below) =>
        !line.NumericSegments.Skip(index + 1).Any(n => n)
        && next.Line.Segments.Where((s, k) => next.NumericSegments[k]).Any(s => s.Box.X0 > below.Box.X1);
}
