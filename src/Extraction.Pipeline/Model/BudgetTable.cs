using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Model;

/// <summary>A typed table of a document: where it is, what it is, its unit and price basis, columns and rows.</summary>
/// <param name="Uid">Unique within the document ("t01", "t02" … in document order).</param>
/// <param name="Id">Number as printed ("1.2"); null when the table has none.</param>
/// <param name="Caption">Caption line as printed.</param>
/// <param name="Title">Caption title, or the heading above an uncaptioned table.</param>
/// <param name="Description">Text between caption and table.</param>
/// <param name="ActivityArea">Number of the activity area the table belongs to; null for the policy area as a whole.</param>
/// <param name="Unit">The table's unit; a column may name its own.</param>
/// <param name="UnitInferred">True when the table prints no unit and it was taken from a table of the same shape.</param>
/// <param name="PriceBasis">The price level stated in the notes, caption or header.</param>
/// <param name="Columns">Columns left to right.</param>
/// <param name="HeaderCells">Header cells as printed.</param>
/// <param name="Rows">Body rows, over all pages.</param>
/// <param name="Notes">Notes printed under the table.</param>
/// <param name="HeaderRepeated">For a table continued over a page break: whether the header was printed again; null otherwise.</param>
/// <param name="Boxes">Extent on each page.</param>
public sealed record BudgetTable(
    string Uid,
    string? Id,
    string? Caption,
    string? Title,
    string? Description,
    int? ActivityArea,
    Unit? Unit,
    bool UnitInferred,
    PriceBasis? PriceBasis,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<HeaderCell> HeaderCells,
    IReadOnlyList<BudgetRow> Rows,
    IReadOnlyList<string> Notes,
    bool? HeaderRepeated,
    IReadOnlyList<(int Page, Box Box)> Boxes)
{
    /// <summary>Numeric (figures) or text (paragraphs in cells, no figures).</summary>
    public TableKind Kind { get; init; } = TableKind.Numeric;

    /// <summary>Number of the proposal or correction the table belongs to ("T101"); null outside proposals.</summary>
    public string? Proposal { get; init; }

    /// <summary>Key/value pairs printed beside the figures ("Iværksættelsestidspunkt" → "01.01.2026").</summary>
    public IReadOnlyList<SideField> SideFields { get; init; } = [];

    /// <summary>Text rows printed across the table between its rows (a sign convention); not data rows.</summary>
    public IReadOnlyList<InlineNote> InlineNotes { get; init; } = [];

    /// <summary>
    /// True when the figures are not final: a note says they will be updated ("*Opdateres med tal i juni.") or cells
    /// hold placeholders ("x,xxx"). The printed figures are kept as printed, but checks leave the table alone.
    /// </summary>
    public bool FiguresPending { get; init; }

    /// <summary>The note that says the figures are pending, when one does.</summary>
    public string? PendingNote { get; init; }

    /// <summary>How far the reading of the table can be trusted, and why not more (set by the confidence step after the checks).</summary>
    public TableConfidence Confidence { get; init; } = TableConfidence.Certain;

    /// <summary>How the table prints its numbers, decided once for all its number cells.</summary>
    public NumberConvention NumberConvention { get; init; } = NumberConvention.Danish;

    /// <summary>Number cells that only another convention than <see cref="NumberConvention"/> reads (left as text).</summary>
    public int ConventionMisfits { get; init; }

    /// <summary>
    /// Number cells read in <see cref="NumberConvention"/> whose form another convention reads as another value ("1.234"
    /// in a table of "1,234.5"), the table printing that form nowhere that only its convention reads: a doubt.
    /// </summary>
    public int AmbiguousNumbers { get; init; }

    /// <summary>
    /// True when numbers in parentheses ("(12.440)") were read as negatives because the table's sums hold only so,
    /// where numbers.parentheses_are_negative alone would have left them as text.
    /// </summary>
    public bool ParenthesesByArithmetic { get; init; }

    public IReadOnlyList<int> Pages => Boxes.Select(b => b.Page).Distinct().ToList();

    public int LabelColumn => Columns.ToList().FindIndex(c => c.Role == ColumnRole.Label);

    /// <summary>The unit that applies to a column's numbers: its own, else the table's.</summary>
    public Unit? UnitOf(int column) => Columns[column].Budget.Unit ?? Unit;

    /// <summary>The unit of one cell: printed in the cell, else the row's own (a count in a table of kroner), else the column's, else the table's.</summary>
    public Unit? UnitOf(int row, int column) => Rows[row].Cells[column].Unit ?? Rows[row].Unit ?? UnitOf(column);
}
