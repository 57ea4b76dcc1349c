namespace Extraction.Core.Tables;

/// <summary>Geometry tolerances of table detection (pipeline.json <c>tables</c>). "Em" lengths are multiples of the font size.</summary>
public sealed record TableOptions
{
    /// <summary>Largest blank space between two lines of one table body (em).</summary>
    public double MaxRowGapEm { get; init; } = 1.6;

    /// <summary>Largest blank space between header lines, and between the header and the body (em).</summary>
    public double MaxHeaderGapEm { get; init; } = 1.6;

    /// <summary>In a table without row rules, a blank space wider than this (em) starts a new row.</summary>
    public double RowSplitGapEm { get; init; } = 0.35;

    /// <summary>A header segment wider than this share of the table is prose (a description), not a header.</summary>
    public double HeaderSegmentMaxWidthRatio { get; init; } = 0.6;

    /// <summary>Rulings whose ends lie within this distance (points) touch; collinear pieces this close are merged.</summary>
    public double RulingTolerance { get; init; } = 2.0;

    /// <summary>A horizontal rule separates rows when it spans at least this share of the table's width.</summary>
    public double RowRuleMinWidthRatio { get; init; } = 0.5;

    /// <summary>Column extents closer than this (points) are one column.</summary>
    public double ColumnJoinTolerance { get; init; } = 1.0;

    /// <summary>Patterns (case-insensitive) of item codes printed in their own column left of the label ("1", "1.a", "2.b").</summary>
    public IReadOnlyList<string> CodePatterns { get; init; } = [];

    /// <summary>
    /// Where the values of a row whose label wraps sit when no rules separate rows: "bottom" (on the label's last line,
    /// as Word and Chromium print them) or "top".
    /// </summary>
    public string WrappedLabelValueAlignment { get; init; } = "bottom";
}
