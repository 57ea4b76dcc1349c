namespace Extraction.Pipeline.Tables;

/// <summary>A column while it is being found: its horizontal extent and role.</summary>
internal sealed record ColumnExtent(double X0, double X1, ColumnRole Role)
{
    public double CenterX => (X0 + X1) / 2;

    public double Overlap(double x0, double x1) => Math.Max(0, Math.Min(X1, x1) - Math.Max(X0, x0));

    /// <summary>Distance between the extents (0 when they overlap).</summary>
    public double Distance(double x0, double x1) => Math.Max(0, Math.Max(X0 - x1, x0 - X1));
}
