using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// The blank space between two lines as the type sets it: each segment takes one em of its font size around its
/// middle, and the space is from the lowest such em of the upper line to the highest of the lower one (figures
/// centred on a wrapped label sit lower than the label's line they were read with; the label's text is the nearer).
/// Word boxes are no measure of it: one producer's boxes are the glyphs' em square, another's the font's whole
/// bounding box, so the same spacing reads as a gap of a third of an em from one and of nothing from the other.
/// </summary>
internal static class LineSpace
{
    public static double Between(TextLine above, TextLine below)
    {
        // Asked of nearly every two lines of every page: plain loops, no enumerators.
        var top = double.MaxValue;
        foreach (var segment in below.Segments)
        {
            top = Math.Min(top, segment.Box.CenterY - (segment.FontSize / 2));
        }

        var bottom = double.MinValue;
        foreach (var segment in above.Segments)
        {
            bottom = Math.Max(bottom, segment.Box.CenterY + (segment.FontSize / 2));
        }

        return top - bottom;
    }
}
