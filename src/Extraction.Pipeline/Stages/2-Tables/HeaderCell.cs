using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>A printed header cell: its text, its header row (0 = top), the columns it spans and where it is printed.</summary>
/// <param name="Box">The ruled cell, or the text of the cell in a header without rules; null when not known.</param>
public sealed record HeaderCell(string Text, int Level, int FirstColumn, int ColumnSpan, int RowSpan, Box? Box = null);
