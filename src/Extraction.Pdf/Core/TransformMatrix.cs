namespace Extraction.Pdf.Core;

/// <summary>A PDF affine matrix [a b c d e f]; points are row vectors, so <c>p' = p × M</c>.</summary>
public readonly record struct TransformMatrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly TransformMatrix Identity = new(1, 0, 0, 1, 0, 0);

    public static TransformMatrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>This transform followed by <paramref name="next"/>.</summary>
    public TransformMatrix Then(TransformMatrix next) => new(
        A * next.A + B * next.C,
        A * next.B + B * next.D,
        C * next.A + D * next.C,
        C * next.B + D * next.D,
        E * next.A + F * next.C + next.E,
        E * next.B + F * next.D + next.F);

    public (double X, double Y) Apply(double x, double y) => (x * A + y * C + E, x * B + y * D + F);

    /// <summary>Transforms a direction (no translation).</summary>
    public (double X, double Y) ApplyVector(double x, double y) => (x * A + y * C, x * B + y * D);

    public double Determinant => A * D - B * C;
}
