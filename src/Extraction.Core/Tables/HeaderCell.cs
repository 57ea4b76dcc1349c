namespace Extraction.Core.Tables;

/// <summary>A printed header cell: its text, its header row (0 = top) and the columns it spans.</summary>
public sealed record HeaderCell(string Text, int Level, int FirstColumn, int ColumnSpan, int RowSpan);
