using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>One page after layout analysis: body lines and blocks in reading order, with margins set aside.</summary>
/// <param name="Number">1-based physical page number.</param>
/// <param name="Width">Displayed width in points.</param>
/// <param name="Height">Displayed height in points.</param>
/// <param name="Lines">Body lines, top to bottom (running headers, footers and page numbers removed).</param>
/// <param name="Blocks">Body blocks in reading order.</param>
/// <param name="Furniture">What was set aside from the margins.</param>
/// <param name="Rulings">Ruling lines of the page.</param>
/// <param name="ImageCount">Images drawn on the page.</param>
/// <param name="PrintedNumber">The page number as printed, when there is one.</param>
public sealed record PageLayout(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<TextBlock> Blocks,
    IReadOnlyList<PageFurniture> Furniture,
    IReadOnlyList<Ruling> Rulings,
    int ImageCount,
    string? PrintedNumber)
{
    /// <summary>Where the images were drawn.</summary>
    public IReadOnlyList<Box> Images { get; init; } = [];
}
