using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// A table found on a page by geometry: columns with their headers, header cells as printed, and body rows with a cell
/// per column. Values are still text; typing happens later.
/// </summary>
/// <param name="Page">Page of the first body row.</param>
/// <param name="Box">Extent of the table (header and body) on its first page.</param>
/// <param name="Columns">Columns left to right.</param>
/// <param name="HeaderCells">Header cells as printed, with spans; empty for a body continued without its header.</param>
/// <param name="Rows">Body rows top to bottom.</param>
/// <param name="IsRuled">True when rules drawn on the page delimit the table.</param>
/// <param name="Boxes">Extent on each page the table occupies (more than one once continued over a page break).</param>
public sealed record TableGrid(
    int Page,
    Box Box,
    IReadOnlyList<GridColumn> Columns,
    IReadOnlyList<HeaderCell> HeaderCells,
    IReadOnlyList<GridRow> Rows,
    bool IsRuled,
    IReadOnlyList<(int Page, Box Box)> Boxes)
{
    /// <summary>Numeric (figures under typed columns) or text (paragraphs in cells).</summary>
    public TableKind Kind { get; init; } = TableKind.Numeric;

    /// <summary>Key/value pairs printed in a column beside the figures; not part of the table's columns.</summary>
    public IReadOnlyList<SideField> SideFields { get; init; } = [];

    /// <summary>Text rows running across the table between its rows; not part of <see cref="Rows"/>.</summary>
    public IReadOnlyList<InlineNote> InlineNotes { get; init; } = [];

    public bool HasHeader => HeaderCells.Count > 0;

    public int LabelColumn => Columns.ToList().FindIndex(c => c.Role == ColumnRole.Label);
}
