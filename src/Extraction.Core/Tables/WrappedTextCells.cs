using Extraction.Core.Numbers;

namespace Extraction.Core.Tables;

/// <summary>
/// Numbers do not wrap. A number on a value line whose cell continues with text on the line right below ("1112 –" over
/// "Fælles" over "rammepuljer", an account number and its name) is the first line of a text cell, not a figure. The
/// text below must lie under that number alone: a note row running across the table says nothing about one cell.
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
            if (!line.IsValueLine || next.IsValueLine
                || next.Line.Box.Y0 - line.Line.Box.Y1 > options.RowSplitGapEm * next.Line.FontSize)
            {
                continue;
            }

            var wrapped = new HashSet<int>();
            foreach (var below in next.Line.Segments)
            {
                var over = Enumerable.Range(0, line.Line.Segments.Count)
                    .Where(k => line.Line.Segments[k].Box.HorizontalOverlap(below.Box) > 0)
                    .ToList();
                if (over.Count == 1 && line.NumericSegments[over[0]])
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
}
