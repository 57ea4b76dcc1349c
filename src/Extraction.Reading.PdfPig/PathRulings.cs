using Extraction.Document;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// Ruling lines from PdfPig's paths, by the rules of the repository's reader: the horizontal and vertical segments of
/// stroked paths (a stroked rectangle gives its four sides) and filled rectangles at most
/// <see cref="PdfPigReaderOptions.MaxFilledRulingThickness"/> thick (one line along the middle); segments shorter than
/// <see cref="PdfPigReaderOptions.MinRulingLength"/> or further off the axis than
/// <see cref="PdfPigReaderOptions.RulingAxisTolerance"/> are left out. A path both filled and stroked counts as stroked.
/// </summary>
internal sealed class PathRulings
{
    private readonly PdfPigReaderOptions options;

    public PathRulings(PdfPigReaderOptions options) => this.options = options;

    public IReadOnlyList<Ruling> From(IEnumerable<PdfPath> paths, DisplaySpace space)
    {
        var rulings = new List<Ruling>();
        foreach (var path in paths)
        {
            if (path.IsStroked)
            {
                foreach (var (from, to) in path.SelectMany(Segments))
                {
                    AddSegment(space.Map(from), space.Map(to), rulings);
                }
            }
            else if (path.IsFilled)
            {
                foreach (var corners in path.Select(Corners).OfType<PdfPoint[]>())
                {
                    AddFilledRectangle(corners.Select(space.Map).ToArray(), rulings);
                }
            }
        }

        return rulings;
    }

    /// <summary>The straight pieces of a subpath, with the closing segment; curves only move the pen.</summary>
    private static IEnumerable<(PdfPoint From, PdfPoint To)> Segments(PdfSubpath subpath)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    yield return (line.From, line.To);
                    start ??= line.From;
                    current = line.To;
                    break;
                case PdfSubpath.BezierCurve curve:
                    start ??= curve.StartPoint;
                    current = curve.EndPoint;
                    break;
                case PdfSubpath.Close when current is { } end && start is { } begin && !end.Equals(begin):
                    yield return (end, begin);
                    current = begin;
                    break;
            }
        }
    }

    /// <summary>The four corners of a subpath drawn as a rectangle of lines ("re", or four corners some writers draw
    /// with lines), else null.</summary>
    private static PdfPoint[]? Corners(PdfSubpath subpath)
    {
        var points = new List<PdfPoint>();
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move when points.Count == 0:
                    points.Add(move.Location);
                    break;
                case PdfSubpath.Line line:
                    if (points.Count == 0)
                    {
                        points.Add(line.From);
                    }

                    points.Add(line.To);
                    break;
                case PdfSubpath.Close:
                    break;
                default:
                    return null;
            }
        }

        if (points.Count == 5 && points[4].Equals(points[0]))
        {
            points.RemoveAt(4);
        }

        return points.Count == 4 ? points.ToArray() : null;
    }

    private void AddFilledRectangle(PdfPoint[] corners, List<Ruling> rulings)
    {
        for (var i = 0; i < corners.Length; i++)
        {
            var (a, b) = (corners[i], corners[(i + 1) % corners.Length]);
            if (Math.Abs(a.X - b.X) > options.RulingAxisTolerance && Math.Abs(a.Y - b.Y) > options.RulingAxisTolerance)
            {
                return;
            }
        }

        var box = new Box(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        if (box.Height <= options.MaxFilledRulingThickness && box.Width >= options.MinRulingLength && box.Width >= box.Height)
        {
            rulings.Add(new Ruling(new Box(box.X0, box.CenterY, box.X1, box.CenterY), IsHorizontal: true));
        }
        else if (box.Width <= options.MaxFilledRulingThickness && box.Height >= options.MinRulingLength)
        {
            rulings.Add(new Ruling(new Box(box.CenterX, box.Y0, box.CenterX, box.Y1), IsHorizontal: false));
        }
    }

    private void AddSegment(PdfPoint a, PdfPoint b, List<Ruling> rulings)
    {
        if (Math.Abs(a.Y - b.Y) <= options.RulingAxisTolerance && Math.Abs(b.X - a.X) >= options.MinRulingLength)
        {
            var y = (a.Y + b.Y) / 2;
            rulings.Add(new Ruling(new Box(Math.Min(a.X, b.X), y, Math.Max(a.X, b.X), y), IsHorizontal: true));
        }
        else if (Math.Abs(a.X - b.X) <= options.RulingAxisTolerance && Math.Abs(b.Y - a.Y) >= options.MinRulingLength)
        {
            var x = (a.X + b.X) / 2;
            rulings.Add(new Ruling(new Box(x, Math.Min(a.Y, b.Y), x, Math.Max(a.Y, b.Y)), IsHorizontal: false));
        }
    }
}
