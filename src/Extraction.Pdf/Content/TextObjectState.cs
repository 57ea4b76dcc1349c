using Extraction.Pdf.Core;

namespace Extraction.Pdf.Content;

/// <summary>
/// The text matrix and text position of the current text object (ISO 32000-1 §9.4.2). As in poppler, the position is
/// kept as the start of the line in text space plus the current point in user space, advanced glyph by glyph in user
/// space; computing in the same order keeps our coordinates equal to poppler's to the last bit, so thresholds decide
/// the same way even when a gap is exactly at one.
/// </summary>
internal sealed class TextObjectState
{
    /// <summary>Tm: text space to user space, as last set by Tm or BT (line moves do not change it).</summary>
    public TransformMatrix Matrix { get; private set; } = TransformMatrix.Identity;

    /// <summary>Start of the current line in text space.</summary>
    public double LineX { get; private set; }

    public double LineY { get; private set; }

    /// <summary>Current point in user space.</summary>
    public double X { get; private set; }

    public double Y { get; private set; }

    public void Begin() => SetMatrix(TransformMatrix.Identity);

    public void SetMatrix(TransformMatrix matrix)
    {
        Matrix = matrix;
        MoveTo(0, 0);
    }

    /// <summary>Q and the end of a form restore the text matrix but, as in poppler, not the text position.</summary>
    public void RestoreMatrix(TransformMatrix matrix) => Matrix = matrix;

    /// <summary>Td: start the next line offset from the start of the current one.</summary>
    public void MoveLine(double tx, double ty) => MoveTo(LineX + tx, LineY + ty);

    /// <summary>Advances the current point by a text-space displacement (a glyph, or a TJ adjustment).</summary>
    public void Advance(double tx, double ty)
    {
        var (dx, dy) = Delta(tx, ty);
        X += dx;
        Y += dy;
    }

    /// <summary>A text-space displacement in user space.</summary>
    public (double X, double Y) Delta(double tx, double ty) => (Matrix.A * tx + Matrix.C * ty, Matrix.B * tx + Matrix.D * ty);

    /// <summary>The glyph origin in user space: the current point raised by the text rise.</summary>
    public (double X, double Y) Origin(double rise)
    {
        var (riseX, riseY) = Delta(0, rise);
        return (X + riseX, Y + riseY);
    }

    private void MoveTo(double tx, double ty)
    {
        LineX = tx;
        LineY = ty;
        X = Matrix.A * tx + Matrix.C * ty + Matrix.E;
        Y = Matrix.B * tx + Matrix.D * ty + Matrix.F;
    }
}
