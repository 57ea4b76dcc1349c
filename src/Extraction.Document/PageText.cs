namespace Extraction.Document;

/// <summary>What the pipeline knows of one page: its size, words, ruling lines and images.</summary>
/// <param name="Number">1-based physical page number.</param>
/// <param name="Width">Displayed width in points.</param>
/// <param name="Height">Displayed height in points.</param>
/// <param name="Words">Words in content order.</param>
/// <param name="Rulings">Horizontal and vertical lines.</param>
/// <param name="ImageCount">Images drawn on the page.</param>
/// <param name="Warnings">Problems the reader met on this page.</param>
public sealed record PageText(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextWord> Words,
    IReadOnlyList<Ruling> Rulings,
    int ImageCount,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Where the images were drawn (pictures of charts, logos, scans).</summary>
    public IReadOnlyList<Box> Images { get; init; } = [];

    /// <summary>The page's /Rotate in degrees (0, 90, 180, 270); boxes are already in the rotated, displayed page.</summary>
    public int Rotation { get; init; }

    /// <summary>The problems of <see cref="Warnings"/> that the reader typed, to count what was lost.</summary>
    public IReadOnlyList<ReadWarning> ReadWarnings { get; init; } = [];

    /// <summary>Nothing of the page could be read: its lack of words says nothing of its content.</summary>
    public bool IsUnread { get; init; }
}
