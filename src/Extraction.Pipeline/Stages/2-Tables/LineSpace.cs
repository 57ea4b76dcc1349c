using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// The blank space between two lines as the type sets it: the distance between their middles less half of each
/// line's font size. Word boxes are no measure of it: one producer's boxes are the glyphs' em square, another's the
/// font's whole bounding box, so the same spacing reads as a gap of a third of an em from one and of nothing from the
/// other.
/// </summary>
internal static class LineSpace
{
    public static double Between(TextLine above, TextLine below) =>
        below.Box.CenterY - above.Box.CenterY - ((above.FontSize + below.FontSize) / 2);
}
