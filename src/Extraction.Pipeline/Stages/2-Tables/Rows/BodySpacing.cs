namespace Extraction.Pipeline.Tables.Rows;

/// <summary>
/// How far apart the lines of a table body are set, as evidence of where rows start. The lines of one cell are set at
/// the font's leading; rows are set further apart by their cells' padding. Where a body shows both, pairs of lines
/// set tightly and pairs set wider, and every two lines that both carry figures (two rows for sure) are among the
/// wider, a blank space at most <c>tables.rows.leading_margin_em</c> wider than the tightest lies within a cell and a
/// wider one between rows. Where it does not (rows set as tightly as the lines of a cell, or no two lines set
/// tightly), the spacing says nothing. A label broken by hand ("Drift" over "Fagområde") is told by its spacing alone.
/// Spaces across a rule drawn between rows count too: they show how far apart rows are set.
/// </summary>
internal sealed class BodySpacing
{
    private readonly double tightest;
    private readonly double marginEm;
    private readonly bool telling;

    private BodySpacing(double tightest, double marginEm, bool telling)
    {
        this.tightest = tightest;
        this.marginEm = marginEm;
        this.telling = telling;
    }

    public static BodySpacing Of(IReadOnlyList<LineProfile> body, double marginEm)
    {
        // Measured between lines that hold a label: figures printed alone between a label's lines (centred on it) may
        // overlap the lines above and below, and would make the leading of the label's own lines look wide.
        var labelled = body.Where(l => !l.NumericSegments[0]).ToList();
        var spaces = Enumerable.Range(1, Math.Max(0, labelled.Count - 1))
            .Select(i => (Upper: labelled[i - 1], Lower: labelled[i], Gap: Gap(labelled[i - 1], labelled[i])))
            .ToList();
        if (spaces.Count < 2)
        {
            return new BodySpacing(0, marginEm, false);
        }

        var tightest = spaces.Min(s => s.Gap);
        bool Wide((LineProfile Upper, LineProfile Lower, double Gap) s) => s.Gap > tightest + (marginEm * s.Lower.Line.FontSize);
        var telling = spaces.Any(Wide) && spaces.Where(s => s.Upper.IsValueLine && s.Lower.IsValueLine).All(Wide);
        return new BodySpacing(tightest, marginEm, telling);
    }

    /// <summary>Whether a row starts between the two lines by their spacing; null when the body's spacing says nothing.</summary>
    public bool? StartsRow(LineProfile upper, LineProfile lower) =>
        telling ? Gap(upper, lower) > tightest + (marginEm * lower.Line.FontSize) : null;

    /// <summary>
    /// The blank space between two lines' labels. A line that holds a label and figures printed lower or higher than it
    /// (centred on a label of two lines) was read as one line; the label's own box is where its line of the cell is.
    /// </summary>
    public static double Gap(LineProfile upper, LineProfile lower) => Extent(lower).Top - Extent(upper).Bottom;

    private static (double Top, double Bottom) Extent(LineProfile line) => line.NumericSegments[0]
        ? (line.Line.Box.Y0, line.Line.Box.Y1)
        : (line.Line.Segments[0].Box.Y0, line.Line.Segments[0].Box.Y1);
}
