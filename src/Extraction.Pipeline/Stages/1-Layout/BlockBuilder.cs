namespace Extraction.Pipeline.Layout;

/// <summary>Groups segments of consecutive lines into blocks (paragraphs, headings, cells) and puts them in reading order.</summary>
public static class BlockBuilder
{
    public static IReadOnlyList<TextBlock> Build(IReadOnlyList<TextLine> lines, LayoutOptions options)
    {
        var open = new List<List<TextSegment>>();
        foreach (var segment in lines.SelectMany(l => l.Segments))
        {
            var block = open.LastOrDefault(b => Continues(b[^1], segment, options));
            if (block is null)
            {
                open.Add([segment]);
            }
            else
            {
                block.Add(segment);
            }
        }

        var blocks = open
            .Select(b => new TextBlock(b, LineJoiner.Join(b.Select(s => s.Text), options.Hyphenation)))
            .ToList();
        return ReadingOrder.Sort(blocks);
    }

    private static bool Continues(TextSegment above, TextSegment below, LayoutOptions options)
    {
        var size = Math.Max(above.FontSize, below.FontSize);
        var gap = below.Box.Y0 - above.Box.Y1;
        return gap >= -0.25 * size
            && gap <= options.BlockGapEm * size
            && Math.Abs(above.FontSize - below.FontSize) <= options.BlockFontSizeTolerance
            && above.IsBold == below.IsBold
            && above.Box.HorizontalOverlap(below.Box) > 0;
    }
}
