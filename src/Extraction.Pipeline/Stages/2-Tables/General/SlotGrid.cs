using Extraction.Document;

namespace Extraction.Pipeline.Tables.General;

/// <summary>A cell of a general table: its first row and column, its spans, its text and where it is printed.</summary>
public sealed record SlotCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, Box Box, bool IsBold);

/// <summary>A general table as slots before it becomes a <see cref="TableGrid"/>: column edges, cells with spans.</summary>
/// <param name="ColumnEdges">Left edge of each column and the right edge of the last.</param>
public sealed record SlotGrid(Box Box, IReadOnlyList<double> ColumnEdges, IReadOnlyList<SlotCell> Cells, int RowCount, int ColumnCount, bool IsRuled);
