using Extraction.Document;
using Extraction.Outputs;

namespace Extraction.Outputs.PageView;

/// <summary>
/// Everything a page view draws for one document: the pages as read (words, rules, pictures), the blocks and their
/// roles, the tables with their columns, rows and header cells, each value cell with the fact it became, the checks
/// the charts and the unread figures. Indices (<see cref="ViewValue.Table"/>, <see cref="ViewCheck.Values"/>) point into these lists.
/// </summary>
internal sealed record PageViewModel(
    ViewDocument Document,
    IReadOnlyList<ViewPage> Pages,
    IReadOnlyList<ViewTable> Tables,
    IReadOnlyList<ViewValue> Values,
    IReadOnlyList<ViewCheck> Checks,
    IReadOnlyList<ViewChart> Charts,
    IReadOnlyList<ViewUnreadFigure> UnreadFigures);

/// <summary>What the document is, as the pipeline read it.</summary>
internal sealed record ViewDocument(string SourceFile, string? Title, string? Municipality, string? DocumentKind, int? FiscalYear, string? PolicyArea, int PageCount);

/// <summary>One drawn page. Only the pages asked for are in the model.</summary>
internal sealed record ViewPage(int Number, double Width, double Height, string? Label, IReadOnlyList<ViewWord> Words, IReadOnlyList<Box> Rules, IReadOnlyList<ViewBlock> Blocks, IReadOnlyList<Box> Pictures);

/// <summary>A word as read; <see cref="IsHorizontal"/> is false for rotated text (axis titles).</summary>
internal sealed record ViewWord(Box Box, string Text, bool IsBold, bool IsHorizontal);

/// <summary>A block of text and its role (<see cref="BlockRoleNames"/>).</summary>
internal sealed record ViewBlock(Box Box, string Role);

/// <summary>A typed table: its extent on each page, columns, header cells and rows.</summary>
internal sealed record ViewTable(
    string Uid,
    string? Id,
    string Title,
    string? Unit,
    IReadOnlyList<(int Page, Box Box)> Boxes,
    IReadOnlyList<ViewColumn> Columns,
    IReadOnlyList<ViewHeaderCell> Header,
    IReadOnlyList<ViewRow> Rows)
{
    /// <summary>The table's confidence (0–1).</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The doubts that lowered it, for people.</summary>
    public IReadOnlyList<string> ConfidenceReasons { get; init; } = [];
}

/// <summary>A column: its extent (null when not known), role, label as printed and what it was read to mean.</summary>
internal sealed record ViewColumn(double? X0, double? X1, string Role, string Label, string Meaning);

/// <summary>A header cell as printed and its typed meaning ("R23 → actual 2023").</summary>
internal sealed record ViewHeaderCell(Box? Box, int Level, int FirstColumn, int ColumnSpan, string Text, string Meaning);

internal sealed record ViewRow(int Page, Box Box, string Label, string Kind);

/// <summary>
/// A value cell as printed and the fact it became; <see cref="Row"/> and <see cref="Column"/> are -1 when the cell was
/// not found in its table.
/// </summary>
internal sealed record ViewValue(int Table, int Row, int Column, string Printed, Fact Fact, IReadOnlyList<int> Checks, bool Failed)
{
    public Box Box => new(Fact.X0, Fact.Y0, Fact.X1, Fact.Y1);
}

/// <summary>
/// A check made on the tables: the cell checked (<see cref="Target"/>: "'row' / 'column'"), the printed and computed
/// figures; <see cref="Values"/> are the value cells taking part (blank cells count as 0 and are not drawn).
/// </summary>
internal sealed record ViewCheck(string Kind, string Rule, bool Holds, string Message, int Page, string Target, decimal Printed, decimal Computed, IReadOnlyList<int> Values);

internal sealed record ViewChart(int Page, Box Box, string? Caption, bool HasPicture);

/// <summary>Text in a number column that is not a number: drawn so that the figure missing from the facts is seen.</summary>
internal sealed record ViewUnreadFigure(int Page, Box Box, string Text, string RowLabel, string ColumnLabel);
