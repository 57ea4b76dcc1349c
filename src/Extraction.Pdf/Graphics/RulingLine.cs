namespace Extraction.Pdf.Graphics;

public enum RulingOrientation
{
    Horizontal,
    Vertical,
}

/// <summary>Where a ruling line came from: a stroked path segment, or a filled rectangle thin enough to be a line.</summary>
public enum RulingSource
{
    Stroke,
    FilledRectangle,
}

/// <summary>
/// A horizontal or vertical line segment drawn on the page, in display space (points, origin top-left, y downward).
/// Start is the left or top end.
/// </summary>
public sealed record RulingLine(double X0, double Y0, double X1, double Y1, double Thickness, RulingOrientation Orientation, RulingSource Source)
{
    public double Length => Orientation == RulingOrientation.Horizontal ? X1 - X0 : Y1 - Y0;
}
