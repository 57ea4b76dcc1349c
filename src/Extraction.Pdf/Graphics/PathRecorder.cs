using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Graphics;

/// <summary>
/// Follows path construction and painting operators and keeps the horizontal and vertical pieces as ruling lines:
/// straight segments of stroked paths, and thin filled rectangles.
/// </summary>
internal sealed class PathRecorder
{
    private readonly RulingOptions options;
    private readonly List<RulingLine> rulings;
    private readonly List<(double X0, double Y0, double X1, double Y1)> segments = new();
    private readonly List<(double X, double Y)[]> rectangles = new();
    private (double X, double Y) current;
    private (double X, double Y) subpathStart;
    private List<(double X, double Y)> subpath = new();
    private bool subpathIsStraight = true;

    public PathRecorder(RulingOptions options, List<RulingLine> rulings)
    {
        this.options = options;
        this.rulings = rulings;
    }

    /// <summary>
    /// Applies a path construction or painting operator (ISO 32000-1 §8.5) with its operands; false when the operator
    /// is none of them. Coordinates go through <paramref name="ctm"/>; <paramref name="lineWidth"/> is in display space.
    /// </summary>
    public bool Apply(string op, IReadOnlyList<PdfObject> operands, TransformMatrix ctm, double lineWidth)
    {
        double Number(int index) => index < operands.Count && operands[index] is PdfNumber n && !double.IsNaN(n.Value) ? n.Value : 0;

        switch (op)
        {
            case "m":
                MoveTo(ctm, Number(0), Number(1));
                return true;
            case "l":
                LineTo(ctm, Number(0), Number(1));
                return true;
            case "c":
                CurveTo(ctm, Number(4), Number(5));
                return true;
            case "v":
            case "y":
                CurveTo(ctm, Number(2), Number(3));
                return true;
            case "h":
                ClosePath();
                return true;
            case "re":
                Rectangle(ctm, Number(0), Number(1), Number(2), Number(3));
                return true;
            case "S":
            case "s":
                if (op == "s")
                {
                    ClosePath();
                }

                Paint(stroke: true, fill: false, lineWidth);
                return true;
            case "f":
            case "F":
            case "f*":
                Paint(stroke: false, fill: true, lineWidth);
                return true;
            case "B":
            case "B*":
            case "b":
            case "b*":
                if (op[0] == 'b')
                {
                    ClosePath();
                }

                Paint(stroke: true, fill: true, lineWidth);
                return true;
            case "n":
                Discard();
                return true;
            default:
                return false;
        }
    }

    private void MoveTo(TransformMatrix ctm, double x, double y)
    {
        CloseFilledCandidate();
        current = ctm.Apply(x, y);
        subpathStart = current;
        subpath = [current];
        subpathIsStraight = true;
    }

    private void LineTo(TransformMatrix ctm, double x, double y)
    {
        var next = ctm.Apply(x, y);
        segments.Add((current.X, current.Y, next.X, next.Y));
        current = next;
        subpath.Add(next);
    }

    /// <summary>Curves are not rulings, but they move the current point and make the subpath unusable as a rectangle.</summary>
    private void CurveTo(TransformMatrix ctm, double x, double y)
    {
        current = ctm.Apply(x, y);
        subpathIsStraight = false;
        subpath.Add(current);
    }

    private void ClosePath()
    {
        if (current != subpathStart)
        {
            segments.Add((current.X, current.Y, subpathStart.X, subpathStart.Y));
        }

        current = subpathStart;
    }

    private void Rectangle(TransformMatrix ctm, double x, double y, double width, double height)
    {
        CloseFilledCandidate();
        var corners = new[] { ctm.Apply(x, y), ctm.Apply(x + width, y), ctm.Apply(x + width, y + height), ctm.Apply(x, y + height) };
        for (var i = 0; i < 4; i++)
        {
            var (a, b) = (corners[i], corners[(i + 1) % 4]);
            segments.Add((a.X, a.Y, b.X, b.Y));
        }

        rectangles.Add(corners);
        current = corners[0];
        subpathStart = current;
        subpath = [];
    }

    private void Paint(bool stroke, bool fill, double lineWidth)
    {
        CloseFilledCandidate();
        if (stroke)
        {
            foreach (var (x0, y0, x1, y1) in segments)
            {
                AddSegment(x0, y0, x1, y1, lineWidth, RulingSource.Stroke);
            }
        }
        else if (fill)
        {
            foreach (var corners in rectangles)
            {
                AddFilledRectangle(corners);
            }
        }

        Discard();
    }

    private void Discard()
    {
        segments.Clear();
        rectangles.Clear();
        subpath = [];
        subpathIsStraight = true;
    }

    /// <summary>A closed four-corner subpath drawn with lines is a rectangle too (some writers avoid "re").</summary>
    private void CloseFilledCandidate()
    {
        if (subpathIsStraight && subpath.Count is 4 or 5 && (subpath.Count == 4 || subpath[4] == subpath[0]))
        {
            rectangles.Add(subpath.Take(4).ToArray());
        }

        subpath = [];
    }

    private void AddFilledRectangle((double X, double Y)[] corners)
    {
        var box = PdfRectangle.FromCorners(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        if (!IsAxisAligned(corners))
        {
            return;
        }

        if (box.Height <= options.MaxFilledThickness && box.Width >= options.MinLength && box.Width >= box.Height)
        {
            rulings.Add(new RulingLine(box.X0, box.CenterY, box.X1, box.CenterY, box.Height, RulingOrientation.Horizontal, RulingSource.FilledRectangle));
        }
        else if (box.Width <= options.MaxFilledThickness && box.Height >= options.MinLength)
        {
            rulings.Add(new RulingLine(box.CenterX, box.Y0, box.CenterX, box.Y1, box.Width, RulingOrientation.Vertical, RulingSource.FilledRectangle));
        }
    }

    private bool IsAxisAligned((double X, double Y)[] corners)
    {
        for (var i = 0; i < corners.Length; i++)
        {
            var (a, b) = (corners[i], corners[(i + 1) % corners.Length]);
            if (Math.Abs(a.X - b.X) > options.AxisTolerance && Math.Abs(a.Y - b.Y) > options.AxisTolerance)
            {
                return false;
            }
        }

        return true;
    }

    private void AddSegment(double x0, double y0, double x1, double y1, double width, RulingSource source)
    {
        if (Math.Abs(y0 - y1) <= options.AxisTolerance && Math.Abs(x1 - x0) >= options.MinLength)
        {
            var y = (y0 + y1) / 2;
            rulings.Add(new RulingLine(Math.Min(x0, x1), y, Math.Max(x0, x1), y, width, RulingOrientation.Horizontal, source));
        }
        else if (Math.Abs(x0 - x1) <= options.AxisTolerance && Math.Abs(y1 - y0) >= options.MinLength)
        {
            var x = (x0 + x1) / 2;
            rulings.Add(new RulingLine(x, Math.Min(y0, y1), x, Math.Max(y0, y1), width, RulingOrientation.Vertical, source));
        }
    }
}
