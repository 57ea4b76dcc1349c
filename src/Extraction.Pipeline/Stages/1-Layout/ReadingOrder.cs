namespace Extraction.Pipeline.Layout;

/// <summary>
/// Orders blocks for reading by recursive XY-cut: split at horizontal gaps running across the page (top to bottom),
/// then at vertical gaps (left to right), so a column is read to its end before the next one.
/// </summary>
public static class ReadingOrder
{
    public static IReadOnlyList<TextBlock> Sort(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        Cut(blocks.ToList(), horizontal: true, result, depth: 0);
        return result;
    }

    private static void Cut(List<TextBlock> blocks, bool horizontal, List<TextBlock> result, int depth)
    {
        if (blocks.Count <= 1 || depth > 64)
        {
            result.AddRange(blocks.OrderBy(b => b.Box.Y0).ThenBy(b => b.Box.X0));
            return;
        }

        var groups = Split(blocks, horizontal);
        if (groups.Count == 1)
        {
            var other = Split(blocks, !horizontal);
            if (other.Count == 1)
            {
                result.AddRange(blocks.OrderBy(b => b.Box.Y0).ThenBy(b => b.Box.X0));
                return;
            }

            foreach (var group in other)
            {
                Cut(group, horizontal, result, depth + 1);
            }

            return;
        }

        foreach (var group in groups)
        {
            Cut(group, !horizontal, result, depth + 1);
        }
    }

    /// <summary>Splits at gaps in the projection on the y axis (horizontal cut) or the x axis.</summary>
    private static List<List<TextBlock>> Split(List<TextBlock> blocks, bool horizontal)
    {
        double Start(TextBlock b) => horizontal ? b.Box.Y0 : b.Box.X0;
        double End(TextBlock b) => horizontal ? b.Box.Y1 : b.Box.X1;

        var groups = new List<List<TextBlock>>();
        var reach = double.NegativeInfinity;
        foreach (var block in blocks.OrderBy(Start))
        {
            if (groups.Count == 0 || Start(block) >= reach)
            {
                groups.Add([]);
            }

            groups[^1].Add(block);
            reach = Math.Max(reach, End(block));
        }

        return groups;
    }
}
