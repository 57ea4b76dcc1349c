namespace Extraction.Pipeline.Tables;

/// <summary>Geometry tolerances of table detection (pipeline.json <c>tables</c>). "Em" lengths are multiples of the font size.</summary>
public sealed record TableOptions
{
    /// <summary>Largest blank space between two lines of one table body (em).</summary>
    public double MaxRowGapEm { get; init; } = 1.6;

    /// <summary>Largest blank space between header lines, and between the header and the body (em).</summary>
    public double MaxHeaderGapEm { get; init; } = 1.6;

    /// <summary>
    /// In a table without row rules, a blank space wider than this (em) starts a new row (the rules, <c>tables.rows.model: rules</c>);
    /// text set right below a number within it may continue that number's cell (a code wrapped with its name).
    /// </summary>
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

    /// <summary>Whether <paramref name="alignment"/> (<see cref="WrappedLabelValueAlignment"/>) puts the figures on a wrapped label's last line.</summary>
    internal static bool FiguresOnLastLine(string alignment) => !string.Equals(alignment, "top", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Pattern (case-insensitive) of a key in a key/value column printed beside the figures ("Iværksættelsestidspunkt:");
    /// group <c>key</c> is the key. Empty: no such columns are looked for.
    /// </summary>
    public string SideFieldKeyPattern { get; init; } = string.Empty;

    /// <summary>How the body lines are split into rows: by the rules or by the learned model.</summary>
    public Rows.RowOptions Rows { get; init; } = new();

    /// <summary>Text tables (a label column and text columns, no figures).</summary>
    public TextTableOptions TextTables { get; init; } = new();

    /// <summary>Tables of any kind, found where the budget detectors found none.</summary>
    public General.GeneralTableOptions General { get; init; } = new();

    /// <summary>Charts and figures, which no detector may give as a table.</summary>
    public Figures.FigureOptions Figures { get; init; } = new();
}

/// <summary>How tables of text are found (pipeline.json <c>tables.text_tables</c>).</summary>
public sealed record TextTableOptions
{
    /// <summary>Look for text tables at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// A table of text must start under a caption (<c>structure.caption_patterns</c>) or continue the previous page's;
    /// without one, bold headings over columns of prose would read as tables.
    /// </summary>
    public bool RequireCaption { get; init; } = true;

    /// <summary>How far (points) text may start left of the column it belongs to.</summary>
    public double ColumnTolerance { get; init; } = 3.0;

    /// <summary>Header cells longer than this many words are prose, not a header.</summary>
    public int HeaderMaxWords { get; init; } = 6;

    /// <summary>A row label (first column) longer than this many words is prose: the lines are not a table of text.</summary>
    public int LabelMaxWords { get; init; } = 8;
}
