namespace Extraction.Pdf.Text;

/// <summary>Thresholds of <see cref="SpacingWordExtractor"/>, as fractions of the font size unless stated.</summary>
public sealed record WordExtractorOptions
{
    /// <summary>A gap wider than this between glyphs starts a new word.</summary>
    public double MinWordBreakSpace { get; init; } = 0.1;

    /// <summary>An overlap deeper than this (the pen moved back) starts a new word.</summary>
    public double MinOverlapBreak { get; init; } = 0.2;

    /// <summary>Baselines further apart than this (points) are different lines.</summary>
    public double MaxBaselineShift { get; init; } = 0.5;

    /// <summary>Glyphs whose font sizes differ by more than this fraction are not one word.</summary>
    public double MaxFontSizeDelta { get; init; } = 0.05;
}
