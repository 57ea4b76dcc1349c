using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>What a line is to a table being grown: a label line, a figure alone, a note row, the span of its figures.</summary>
public sealed partial class TableRegionFinder
{
    /// <summary>Two lines set as tightly as the lines of one cell, the one starting where the other does.</summary>
    private bool OneCell(TextLine upper, TextLine lower, double upperX0, double lowerX0) =>
        LineSpace.Between(upper, lower) <= options.RowSplitGapEm * lower.FontSize && Math.Abs(upperX0 - lowerX0) <= options.RulingTolerance;

    /// <summary>
    /// A line of figures alone between two lines of one label, right of both and set midway (a row continued at the top
    /// of a page without its header, its label wrapped round its only figure): a row's value line, though it reads as
    /// none (one figure and no label), and so the start of a table.
    /// </summary>
    private bool IsFigureInWrappedLabel(IReadOnlyList<LineProfile> profiles, int i)
    {
        if (i == 0 || i + 1 == profiles.Count || !profiles[i].NumericSegments.All(n => n) || LineProfile.AreYears(profiles[i].Line.Segments, numbers))
        {
            return false;
        }

        var (above, figures, below) = (profiles[i - 1].Line, profiles[i].Line, profiles[i + 1].Line);
        var span = (figures.Box.X0, figures.Box.X1);
        return IsLabelOnly(profiles[i - 1], span) && IsLabelOnly(profiles[i + 1], span)
            && OneCell(above, below, above.Box.X0, below.Box.X0)
            && figures.Box.CenterY > above.Box.CenterY && figures.Box.CenterY < below.Box.CenterY;
    }

    /// <summary>
    /// A line of figures alone, under the figures of the table above it: the figures of a row whose label wraps round
    /// them (a figure set midway between the label's two lines has a line of its own). Alone, such a line starts no
    /// table; a year alone is a header.
    /// </summary>
    private bool IsLoneFigure(LineProfile profile, (double X0, double X1) span) =>
        profile.NumericSegments.All(n => n)
        && profile.Line.Segments.All(s => s.Box.X0 >= span.X0 - options.RulingTolerance && s.Box.X1 <= span.X1 + options.RulingTolerance)
        && !LineProfile.AreYears(profile.Line.Segments, numbers);

    /// <summary>
    /// A line of text starting at the labels and running on over the figures without passing them (a sign convention
    /// printed between two rows): part of the table when value lines follow it.
    /// </summary>
    private bool IsNoteRow(LineProfile profile, double labelX0, (double X0, double X1) span) =>
        profile.Line.Segments.Count == 1
        && !profile.NumericSegments[0]
        && Math.Abs(profile.Line.Box.X0 - labelX0) <= options.RulingTolerance
        && profile.Line.Box.X1 < span.X1;

    /// <summary>
    /// Text right of all the figures, with or without a label left of them: a cell of a column printed beside them
    /// that wraps onto a line of its own (a key "Indenfor" over "servicerammen:"), beside the label of a row whose
    /// figures sit lower. Part of the table when value lines follow it.
    /// </summary>
    private static bool IsBesideFigures(LineProfile profile, (double X0, double X1) span) =>
        !profile.NumericSegments.Any(n => n) && profile.Line.Segments.Any(s => s.Box.X0 > span.X1)
        && profile.Line.Segments.All(s => s.Box.X0 > span.X1 || s.Box.X1 < span.X0);

    private static bool IsLabelOnly(LineProfile profile, (double X0, double X1) span) =>
        !profile.NumericSegments.Any(n => n) && profile.Line.Segments.All(s => s.Box.X1 < span.X0);

    /// <summary>Where a line's label starts: after a row code printed in a column of its own ("2", "1.a"), else where the line starts.</summary>
    private double LabelX0(LineProfile profile, (double X0, double X1) span)
    {
        var segments = profile.Line.Segments;
        return segments.Count > 1 && segments[1].Box.X1 < span.X0 && IsRowCode(segments[0]) ? segments[1].Box.X0 : profile.Line.Box.X0;
    }

    /// <summary>
    /// A value line without a label whose first number is a row code ("2", "2.a") left of all the figures so far: its
    /// label is printed on the lines around it, and the code is not a figure, so it does not widen the figures' span
    /// over the labels.
    /// </summary>
    private LineProfile WithoutRowCode(LineProfile profile, (double X0, double X1) span) =>
        profile.NumericSegments.Count(n => n) >= 2 && profile.NumericSegments[0]
        && profile.Line.Segments[0].Box.X1 < span.X0 && IsRowCode(profile.Line.Segments[0])
            ? profile.WithText(new HashSet<int> { 0 }, numbers)
            : profile;

    private bool IsRowCode(TextSegment segment) => codes.IsMatch(segment.Text.Trim());
}
