using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Finds where tables are on a page. A table grows from lines that end in numbers (in any convention a table may print
/// in, with a unit in the cell or in accounting parentheses): inside a ruled grid it is the
/// grid's content; otherwise it extends down over further value lines, wrapped labels and wrapped cells beside the
/// figures, and up over header lines.
/// A number whose cell wraps onto the next line with text is read as text first (<see cref="WrappedTextCells"/>).
/// </summary>
public sealed partial class TableRegionFinder
{
    private readonly TableOptions options;
    private readonly NumberOptions numbers;
    private readonly UnitReader units;
    private readonly NumberConventionDecision figures;
    private readonly PatternSet codes;

    public TableRegionFinder(TableOptions options, NumberOptions numbers)
    {
        this.options = options;
        this.numbers = numbers;
        units = new UnitReader(numbers);
        figures = NumberConventionDecision.For(numbers);
        codes = new PatternSet(options.CodePatterns);
    }

    public IReadOnlyList<TableRegion> Find(PageLayout page)
    {
        var profiles = WrappedTextCells.Reclassify(page.Lines.Select(l => LineProfile.Of(l, numbers, figures)).ToList(), options, numbers);
        var rulings = RulingGeometry.Merge(page.Rulings, options.RulingTolerance);
        var grids = RulingGeometry.Grids(rulings, options.RulingTolerance);
        var used = new bool[profiles.Count];
        var regions = new List<TableRegion>();
        for (var i = 0; i < profiles.Count; i++)
        {
            if (used[i] || !(profiles[i].IsValueLine || IsFigureInWrappedLabel(profiles, i)))
            {
                continue;
            }

            if (!profiles[i].IsValueLine)
            {
                profiles[i] = profiles[i] with { IsValueLine = true };
            }

            var grid = grids.Cast<Box?>().FirstOrDefault(g => profiles[i].Line.Segments.Any(s => Inside(s.Box, g!.Value)));
            if (grid is { } box)
            {
                var inside = Enumerable.Range(0, profiles.Count)
                    .Where(j => !used[j] && profiles[j].Line.Segments.Any(s => Inside(s.Box, box)))
                    .ToList();
                foreach (var j in inside)
                {
                    used[j] = true;
                }

                var trimmed = WrappedTextCells.Reclassify(
                    inside
                        .Select(j => new TextLine(profiles[j].Line.Segments.Where(s => Inside(s.Box, box)).ToList()))
                        .Select(l => LineProfile.Of(l, numbers, figures))
                        .ToList(),
                    options,
                    numbers);
                regions.Add(new TableRegion(trimmed, box, rulings.Where(r => Inside(r.Box, box)).ToList()));
                continue;
            }

            var members = TextRun(profiles, i, used, grids);
            foreach (var j in members)
            {
                used[j] = true;
            }

            var extent = Box.Enclosing(members.Select(m => profiles[m].Line.Box));
            regions.Add(new TableRegion(members.Select(j => profiles[j]).ToList(), null, rulings.Where(r => Inside(r.Box, extent)).ToList()));
        }

        return regions;
    }

    private List<int> TextRun(IReadOnlyList<LineProfile> profiles, int first, bool[] used, IReadOnlyList<Box> grids)
    {
        bool Free(int j) => !used[j] && !grids.Any(g => Inside(profiles[j].Line.Box, g));

        var span = NumericSpan(profiles[first]);
        var last = first;
        var pendingLabels = new List<int>();
        var body = new List<int> { first };
        for (var j = first + 1; j < profiles.Count && Free(j); j++)
        {
            var previous = profiles[pendingLabels.Count > 0 ? pendingLabels[^1] : last].Line;
            if (LineSpace.Between(previous, profiles[j].Line) > options.MaxRowGapEm * profiles[j].Line.FontSize)
            {
                break;
            }

            if ((profiles[j].IsValueLine && !profiles[j].IsYearsOnly) || IsLoneFigure(profiles[j], span))
            {
                body.AddRange(pendingLabels);
                pendingLabels.Clear();
                body.Add(j);
                last = j;
                span = Widen(span, NumericSpan(WithoutRowCode(profiles[j], span)));
            }
            else if (IsLabelOnly(profiles[j], span) || IsNoteRow(profiles[j], profiles[first].Line.Box.X0, span) || IsBesideFigures(profiles[j], span))
            {
                pendingLabels.Add(j);
            }
            else
            {
                break;
            }
        }

        // A row of figures alone whose label wraps round them starts at the label line right above it.
        var labelLine = body.LastOrDefault(j => !profiles[j].NumericSegments[0], -1);
        if (labelLine < 0 && first > 0 && Free(first - 1) && IsLabelOnly(profiles[first - 1], span))
        {
            labelLine = first - 1;
        }

        var labelX0 = LabelX0(profiles[labelLine < 0 ? last : labelLine], span);
        body.AddRange(TrailingLabelLines(profiles, last, labelX0, pendingLabels));
        var labelX1 = body
            .SelectMany(j => profiles[j].Line.Segments.Where((s, k) => !profiles[j].NumericSegments[k] && s.Box.X1 <= span.X0))
            .Select(s => s.Box.X1)
            .DefaultIfEmpty(span.X0)
            .Max();
        var bodyX1 = body.Max(j => profiles[j].Line.Box.X1);
        var header = HeaderLines(profiles, first, span, labelX1, bodyX1, Free);
        return header.Concat(body).Order().ToList();
    }

    /// <summary>
    /// Label lines after the last value line belong to it only when set as tightly as lines of one cell, starting where
    /// the last label above starts (<paramref name="labelX0"/>).
    /// </summary>
    private IEnumerable<int> TrailingLabelLines(IReadOnlyList<LineProfile> profiles, int last, double labelX0, List<int> pending)
    {
        var previous = profiles[last].Line;
        foreach (var j in pending)
        {
            var line = profiles[j].Line;
            if (!OneCell(previous, line, labelX0, line.Box.X0))
            {
                yield break;
            }

            yield return j;
            previous = line;
            labelX0 = line.Box.X0;
        }
    }

    /// <summary>
    /// Label lines right above the first value line of a table without a header (a table continued from the previous
    /// page) are the first lines of its wrapped label when set as tightly as lines of one cell, in its weight and
    /// starting where it starts; a caption or heading above is set further off or in another weight.
    /// </summary>
    private List<int> LeadingLabelLines(IReadOnlyList<LineProfile> profiles, int first, IEnumerable<int> candidates)
    {
        var result = new List<int>();
        // A figure set midway between its label's two lines is no line of the label: its label goes on below it.
        var below = profiles[IsFigureInWrappedLabel(profiles, first) ? first + 1 : first].Line;
        foreach (var k in candidates)
        {
            var line = profiles[k].Line;
            if (!OneCell(line, below, line.Box.X0, below.Box.X0)
                || line.Segments.Count != 1
                || line.Segments[0].IsBold != below.Segments[0].IsBold)
            {
                break;
            }

            result.Add(k);
            below = line;
        }

        return result;
    }

    /// <summary>
    /// Lines above the first value line that belong to the table: header lines (over the number columns), unit lines
    /// above them, and label lines between the header and the first value line.
    /// </summary>
    private List<int> HeaderLines(IReadOnlyList<LineProfile> profiles, int first, (double X0, double X1) span, double labelX1, double bodyX1, Func<int, bool> free)
    {
        var candidates = new List<int>();
        var above = profiles[first].Line;
        var left = profiles[first].Line.Box.X0;
        var topmostHeader = -1;
        var right = bodyX1;
        for (var k = first - 1; k >= 0 && free(k); k--)
        {
            var line = profiles[k].Line;
            // A header cell lies over a column; text that starts right of all the table below it (the number in a
            // form's title box above the table) is not part of it.
            if (LineSpace.Between(line, above) > options.MaxHeaderGapEm * line.FontSize || line.Segments.Any(s => s.Box.X0 > right + options.RulingTolerance))
            {
                break;
            }

            right = Math.Max(right, line.Box.X1);

            left = Math.Min(left, line.Box.X0);
            var width = span.X1 - left;
            if (IsHeaderLike(profiles[k], span, labelX1, width))
            {
                topmostHeader = candidates.Count;
            }
            else if (!IsLabelOnly(profiles[k], span))
            {
                break;
            }

            candidates.Add(k);
            above = line;
        }

        var result = candidates.Take(topmostHeader + 1).ToList();
        var top = result.Count > 0 ? result[^1] : profiles[first].IsYearsOnly ? first : -1;
        if (top < 0)
        {
            return LeadingLabelLines(profiles, first, candidates);
        }

        foreach (var k in candidates.Skip(topmostHeader + 1))
        {
            if (!units.IsUnitOnly(profiles[k].Line.Text) && !StacksOn(profiles[k].Line, profiles[top].Line))
            {
                break;
            }

            result.Add(k);
            top = k;
        }

        return result;
    }

    /// <summary>
    /// The first line of a header cell printed over two lines ("Indtægt/" over "udgift"): each of its segments lies over
    /// exactly one column header of the line below, not the first one (there a caption or heading would sit), and is not
    /// much wider. A caption or heading above the table spans several, or starts at the label column.
    /// </summary>
    private static bool StacksOn(TextLine upper, TextLine lower) =>
        upper.Segments.All(u =>
        {
            var under = lower.Segments.Where(l => l.Box.HorizontalOverlap(u.Box) > 0).ToList();
            return under.Count == 1 && under[0] != lower.Segments[0] && u.Box.Width <= 2 * under[0].Box.Width;
        });

    private bool IsHeaderLike(LineProfile profile, (double X0, double X1) span, double labelX1, double tableWidth)
    {
        var line = profile.Line;
        if (profile.IsValueLine && !profile.IsYearsOnly)
        {
            return false;
        }

        // A heading or sentence above the table runs from the labels into the number columns; header cells do not.
        return line.Segments.Any(s => s.Box.X1 > span.X0 && s.Box.X0 < span.X1)
            && line.Segments.All(s => s.Box.Width <= options.HeaderSegmentMaxWidthRatio * tableWidth)
            && !line.Segments.Any(s => s.Box.X0 < labelX1 && s.Box.X1 > span.X0 + options.RulingTolerance);
    }

    /// <summary>
    /// Where the figures of a value line are: its last run of numbers. Numbers before text in the same line ("1112 –
    /// Fælles rammepuljer", an item code) belong to text columns.
    /// </summary>
    private static (double X0, double X1) NumericSpan(LineProfile profile)
    {
        var numeric = profile.NumericSegments;
        var last = numeric.Count - 1;
        while (last > 0 && !numeric[last])
        {
            last--;
        }

        var first = last;
        while (first > 0 && numeric[first - 1])
        {
            first--;
        }

        var segments = profile.Line.Segments;
        return (segments[first].Box.X0, segments[last].Box.X1);
    }

    private static (double X0, double X1) Widen((double X0, double X1) a, (double X0, double X1) b) => (Math.Min(a.X0, b.X0), Math.Max(a.X1, b.X1));

    private bool Inside(Box inner, Box outer) => outer.ContainsCentreOf(inner, options.RulingTolerance);
}
