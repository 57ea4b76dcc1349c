using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.Rows;

/// <summary>
/// What the whole body of a table says about its lines, against which each line is measured: where its labels start
/// and how far they may run before the figures, the tightest line pitch (the leading of a wrapped label), and on which
/// side of its value lines the table sets label lines of their own.
/// </summary>
internal sealed record BodyGeometry(double LabelX0, double LabelX1, double MinPitch, double ShareLabelBefore, double ShareLabelAfter, bool Ruled)
{
    public static BodyGeometry Of(IReadOnlyList<LineProfile> body, bool ruled)
    {
        var numericX0 = body.SelectMany(l => l.Line.Segments.Where((_, i) => l.NumericSegments[i])).Select(s => s.Box.X0).DefaultIfEmpty(double.MaxValue).Min();
        var labels = body.Select(Label).OfType<TextSegment>().ToList();
        var labelX0 = labels.Select(s => s.Box.X0).DefaultIfEmpty(body.Min(l => l.Line.Box.X0)).Min();
        var labelX1 = labels.Where(s => s.Box.X1 < numericX0).Select(s => s.Box.X1).DefaultIfEmpty(labels.Select(s => s.Box.X1).DefaultIfEmpty(labelX0).Max()).Max();
        var pitches = body.Zip(body.Skip(1), (a, b) => b.Line.Box.Y0 - a.Line.Box.Y0).Where(p => p > 0).ToList();
        var values = Enumerable.Range(0, body.Count).Where(i => body[i].IsValueLine).ToList();
        double Share(Func<int, bool> test) => values.Count == 0 ? 0 : values.Count(test) / (double)values.Count;
        return new BodyGeometry(
            labelX0,
            Math.Max(labelX1, labelX0),
            pitches.DefaultIfEmpty(body[0].Line.FontSize).Min(),
            Share(i => i > 0 && IsLabelOnly(body[i - 1])),
            Share(i => i + 1 < body.Count && IsLabelOnly(body[i + 1])),
            ruled);
    }

    /// <summary>The line's label: its first segment when that is text.</summary>
    public static TextSegment? Label(LineProfile line) =>
        !line.NumericSegments[0] && line.Line.Segments[0].Text.Any(char.IsLetter) ? line.Line.Segments[0] : null;

    public static bool IsLabelOnly(LineProfile line) => Label(line) is not null && !line.NumericSegments.Any(n => n);
}
