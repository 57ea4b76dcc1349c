namespace Extraction.Pdf.Graphics;

/// <summary>What counts as a ruling line among the paths a page draws.</summary>
public sealed record RulingOptions
{
    /// <summary>A segment whose ends differ by at most this much across its direction counts as straight (points).</summary>
    public double AxisTolerance { get; init; } = 0.5;

    /// <summary>Filled rectangles no thicker than this are lines (points); thicker ones are shading, not rulings.</summary>
    public double MaxFilledThickness { get; init; } = 3;

    /// <summary>Shorter segments are ignored: they are glyph parts, tick marks or noise (points).</summary>
    public double MinLength { get; init; } = 2;
}
