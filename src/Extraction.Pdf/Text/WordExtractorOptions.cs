namespace Extraction.Pdf.Text;

/// <summary>
/// Thresholds of <see cref="SpacingWordExtractor"/>. Unless stated, distances are fractions of the font size. The
/// defaults are poppler's (pdftotext), so words and their boxes compare with what users of pdftotext know.
/// </summary>
public sealed record WordExtractorOptions
{
    /// <summary>A gap wider than this between consecutive glyphs starts a new word.</summary>
    public double MinWordBreakSpace { get; init; } = 0.1;

    /// <summary>An overlap deeper than this (the pen moved back) starts a new word.</summary>
    public double MinOverlapBreak { get; init; } = 0.2;

    /// <summary>Consecutive glyphs whose baselines differ by more than this (points, not a fraction) are different words.</summary>
    public double MaxBaselineShift { get; init; } = 0.5;

    /// <summary>A glyph drawn within this distance of the previous one's start, along the line, is a duplicate
    /// (fake bold, drop shadow) and stands alone until duplicates are removed.</summary>
    public double DuplicateMaxAlongDelta { get; init; } = 0.1;

    /// <summary>The same, across the line.</summary>
    public double DuplicateMaxAcrossDelta { get; init; } = 0.2;

    /// <summary>Remove words repeated at (nearly) the same place with the same text.</summary>
    public bool RemoveDuplicates { get; init; } = true;

    /// <summary>Merge a spacing accent drawn over a letter into that letter as a combining mark.</summary>
    public bool MergeCombiningMarks { get; init; } = true;

    /// <summary>How far an accent's middle may be from its letter's middle, as a fraction of the letter's advance.</summary>
    public double CombiningMaxMidDelta { get; init; } = 0.3;

    /// <summary>How far an accent's baseline may be from its letter's, as a fraction of the word's height.</summary>
    public double CombiningMaxBaseDelta { get; init; } = 0.4;

    /// <summary>Words are pooled by baseline in bands of this many points.</summary>
    public double BaselineBand { get; init; } = 4;

    /// <summary>Lines of a block are at most this far apart (baseline to baseline).</summary>
    public double MaxLineSpacing { get; init; } = 1.5;

    /// <summary>Font size difference allowed between a block and words on lines above or below it.</summary>
    public double MaxBlockFontSizeDeltaAcrossLines { get; init; } = 0.05;

    /// <summary>Font size difference allowed between a block and words on its own lines.</summary>
    public double MaxBlockFontSizeDeltaOnLines { get; init; } = 0.6;

    /// <summary>Font size difference allowed between a block and words just beside it.</summary>
    public double MaxBlockFontSizeDeltaBeside { get; init; } = 0.2;

    /// <summary>Words on a block's lines join it when they come within this distance of it.</summary>
    public double MaxColumnGapToJoin { get; init; } = 0.7;

    /// <summary>Words beside a block, up to three lines of them, join it when they are within this distance.</summary>
    public double MaxColumnGapBeside { get; init; } = 1.0;

    /// <summary>Baselines of words on one line differ by at most this (sub- and superscripts).</summary>
    public double MaxIntraLineDelta { get; init; } = 0.5;

    /// <summary>The next word of a line is at most this far from the previous one.</summary>
    public double MaxWordSpacing { get; init; } = 1.5;

    /// <summary>A word overlapping the previous one on a line by more than this ends the line.</summary>
    public double MaxLineOverlap { get; init; } = 0.5;

    /// <summary>Adjacent pieces of one line closer than this, drawn consecutively in the same font, are one word.</summary>
    public double MaxCharSpacing { get; init; } = 0.03;

    /// <summary>On a line of single letters (letter-spaced text), pieces closer than this multiple of the smallest gap
    /// are one word.</summary>
    public double WideCharSpacingFactor { get; init; } = 1.3;

    /// <summary>Upper limit of that gap.</summary>
    public double MaxWideCharSpacing { get; init; } = 0.4;

    /// <summary>Pieces whose font sizes differ by more than this are not one word.</summary>
    public double MaxWordFontSizeDelta { get; init; } = 0.05;

    /// <summary>
    /// A page cut into more pieces than this (far beyond real pages, which have a few thousand words) skips blocks,
    /// lines, duplicate removal and joining: its pieces are its words. Grouping is superlinear in the worst case, and
    /// a hostile page must not hold up a batch.
    /// </summary>
    public int MaxPiecesForLayout { get; init; } = 100_000;
}
