namespace Extraction.Pipeline.Layout;

/// <summary>Tolerances of the layout stage (pipeline.json <c>layout</c>). Lengths in "em" are multiples of the font size.</summary>
public sealed record LayoutOptions
{
    /// <summary>Two words are on one line when their vertical overlap is at least this share of the smaller height.</summary>
    public double LineOverlapRatio { get; init; } = 0.5;

    /// <summary>A gap between words wider than this (em) starts a new segment (a new cell or column).</summary>
    public double SegmentGapEm { get; init; } = 0.7;

    /// <summary>
    /// How deep the zones at the top and at the bottom of a page are where running headers and footers are looked for,
    /// as a share of the page's longer side (its height when portrait, its width when landscape).
    /// </summary>
    public double MarginZoneRatio { get; init; } = 0.07;

    /// <summary>Margin text is a running header or footer when it appears (digits ignored) on at least this many pages.</summary>
    public int RunningTextMinPages { get; init; } = 2;

    /// <summary>
    /// A margin line with at least this many figures (segments of digits without letters) is a row of a table running
    /// to the page's edge: none of its text is furniture.
    /// </summary>
    public int MarginRowMinFigures { get; init; } = 2;

    /// <summary>
    /// Digit groups of one number printed with spaces ("15 455") are at most this far apart (em); they are joined into
    /// one word. 0 turns the joining off.
    /// </summary>
    public double DigitGroupGapEm { get; init; } = 0.4;

    /// <summary>Patterns (case-insensitive) for a printed page number in a margin; group <c>number</c> is the number.</summary>
    public IReadOnlyList<string> PageNumberPatterns { get; init; } = [];

    /// <summary>Consecutive lines belong to one block when the blank space between them is at most this (em).</summary>
    public double BlockGapEm { get; init; } = 0.6;

    /// <summary>Consecutive lines belong to one block only when their font sizes differ by at most this (points).</summary>
    public double BlockFontSizeTolerance { get; init; } = 0.6;

    /// <summary>List markers printed apart from their text ("•", "o", "-"); the marker and its text are one segment.</summary>
    public IReadOnlyList<string> BulletMarkers { get; init; } = [];

    /// <summary>Largest space (em) between a list marker and its text.</summary>
    public double BulletGapEm { get; init; } = 2.5;

    /// <summary>A line starting more than this (em) left of a list item's text is back at the margin: the item has ended.</summary>
    public double IndentToleranceEm { get; init; } = 0.3;

    public HyphenationOptions Hyphenation { get; init; } = new();
}

/// <summary>How a word broken over two lines is put back together (pipeline.json <c>layout.hyphenation</c>).</summary>
public sealed record HyphenationOptions
{
    /// <summary>
    /// Lower-case words that keep their hyphen at a line end ("it-" + "system" = "it-system"). A hyphen after an
    /// upper-case word or a number is always kept ("IT-" + "drift"); after any other word it is a word processor's
    /// break and is removed ("anlægsram-" + "men" = "anlægsrammen").
    /// </summary>
    public IReadOnlyList<string> RealHyphenWords { get; init; } = [];

    /// <summary>Words after which a line-end hyphen stays with a space ("børne-" + "og unge" = "børne- og unge").</summary>
    public IReadOnlyList<string> ConjunctionsAfterHyphen { get; init; } = [];
}
