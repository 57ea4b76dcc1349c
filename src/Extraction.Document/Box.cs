namespace Extraction.Document;

/// <summary>
/// An axis-aligned box on a displayed page: points, origin at the top-left corner, y growing downward.
/// The pipeline's own geometry type, so no stage depends on the PDF library behind the reader seam.
/// </summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public double CenterX => (X0 + X1) / 2;

    public double CenterY => (Y0 + Y1) / 2;

    /// <summary>
    /// True when the centre of <paramref name="inner"/> lies in this box widened by <paramref name="tolerance"/> on
    /// every side: how a word, line or block is judged to belong to a region.
    /// </summary>
    public bool ContainsCentreOf(Box inner, double tolerance = 0) =>
        inner.CenterX >= X0 - tolerance && inner.CenterX <= X1 + tolerance
        && inner.CenterY >= Y0 - tolerance && inner.CenterY <= Y1 + tolerance;

    public Box Union(Box other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    /// <summary>Length of the overlap of the two boxes' x ranges (0 when they do not overlap).</summary>
    public double HorizontalOverlap(Box other) => Math.Max(0, Math.Min(X1, other.X1) - Math.Max(X0, other.X0));

    /// <summary>Length of the overlap of the two boxes' y ranges (0 when they do not overlap).</summary>
    public double VerticalOverlap(Box other) => Math.Max(0, Math.Min(Y1, other.Y1) - Math.Max(Y0, other.Y0));

    public static Box Enclosing(IEnumerable<Box> boxes)
    {
        using var e = boxes.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new ArgumentException("No boxes to enclose.", nameof(boxes));
        }

        var result = e.Current;
        while (e.MoveNext())
        {
            result = result.Union(e.Current);
        }

        return result;
    }

    public override string ToString() => FormattableString.Invariant($"[{X0:0.##} {Y0:0.##} {X1:0.##} {Y1:0.##}]");
}
