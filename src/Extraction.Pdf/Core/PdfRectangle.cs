namespace Extraction.Pdf.Core;

/// <summary>
/// An axis-aligned box in page space as displayed: points, origin at the top-left corner, y growing downward.
/// </summary>
public readonly record struct PdfRectangle(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public double CenterX => (X0 + X1) / 2;

    public double CenterY => (Y0 + Y1) / 2;

    public PdfRectangle Union(PdfRectangle other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    /// <summary>A box spanning two arbitrary corners.</summary>
    public static PdfRectangle FromCorners(double xa, double ya, double xb, double yb) =>
        new(Math.Min(xa, xb), Math.Min(ya, yb), Math.Max(xa, xb), Math.Max(ya, yb));

    public override string ToString() => FormattableString.Invariant($"[{X0:0.##} {Y0:0.##} {X1:0.##} {Y1:0.##}]");
}
