namespace Extraction.Document;

/// <summary>A horizontal or vertical line drawn on the page (table borders, underlines), in display space.</summary>
public sealed record Ruling(Box Box, bool IsHorizontal)
{
    /// <summary>Position across the line: y for a horizontal line, x for a vertical one.</summary>
    public double Position => IsHorizontal ? Box.CenterY : Box.CenterX;

    /// <summary>Start along the line: x0 for a horizontal line, y0 for a vertical one.</summary>
    public double Start => IsHorizontal ? Box.X0 : Box.Y0;

    /// <summary>End along the line: x1 for a horizontal line, y1 for a vertical one.</summary>
    public double End => IsHorizontal ? Box.X1 : Box.Y1;
}
