namespace Extraction.Reading.PdfPig;

/// <summary>
/// Thresholds of the PdfPig back end. They mirror the repository's own reader (its <c>WordExtractorOptions</c> and
/// <c>RulingOptions</c>, which are poppler's), so both readers cut words and keep rulings by the same rules. Unless
/// stated, word distances are fractions of the font size.
/// </summary>
public sealed record PdfPigReaderOptions
{
    /// <summary>A gap wider than this between consecutive glyphs starts a new word.</summary>
    public double MinWordBreakSpace { get; init; } = 0.1;

    /// <summary>An overlap deeper than this (the pen moved back) starts a new word.</summary>
    public double MinOverlapBreak { get; init; } = 0.2;

    /// <summary>Consecutive glyphs whose baselines differ by more than this (points) are different words.</summary>
    public double MaxBaselineShift { get; init; } = 0.5;

    /// <summary>A word repeated with the same text within this distance of an earlier one, along the line, is the same
    /// text drawn twice (fake bold, drop shadow) and is kept once.</summary>
    public double DuplicateMaxAlongDelta { get; init; } = 0.1;

    /// <summary>The same, across the line.</summary>
    public double DuplicateMaxAcrossDelta { get; init; } = 0.2;

    /// <summary>A segment whose ends differ by at most this much across its direction counts as straight (points).</summary>
    public double RulingAxisTolerance { get; init; } = 0.5;

    /// <summary>Filled rectangles no thicker than this are lines (points); thicker ones are shading, not rulings.</summary>
    public double MaxFilledRulingThickness { get; init; } = 3;

    /// <summary>Shorter segments are glyph parts, tick marks or noise, not rulings (points).</summary>
    public double MinRulingLength { get; init; } = 2;
}
