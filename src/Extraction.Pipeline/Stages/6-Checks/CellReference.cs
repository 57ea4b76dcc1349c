namespace Extraction.Pipeline.Checks;

/// <summary>One printed cell taking part in a check, with what a reader needs to find it.</summary>
/// <param name="Table">Table uid.</param>
/// <param name="TableId">Table number as printed.</param>
/// <param name="Row">Row index in the table.</param>
/// <param name="Column">Column index in the table.</param>
/// <param name="RowLabel">Row label as printed.</param>
/// <param name="ColumnLabel">Column label as printed.</param>
/// <param name="Value">The value as printed (blank counts as 0).</param>
/// <param name="Page">Page of the row.</param>
public sealed record CellReference(string Table, string? TableId, int Row, int Column, string RowLabel, string ColumnLabel, decimal Value, int Page);

/// <summary>A cell and the sign it enters a sum with.</summary>
public sealed record CheckTerm(CellReference Cell, int Sign);
