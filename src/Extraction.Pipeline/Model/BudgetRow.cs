using Extraction.Document.Numbers;
using Extraction.Document;

namespace Extraction.Pipeline.Model;

/// <summary>
/// A table row: its label as printed (lines joined), its item code, its kind, and a cell per column. <see cref="Unit"/>
/// is set when the row counts something else than the table ("Antal fuldtidsstillinger" in a table of kroner).
/// </summary>
public sealed record BudgetRow(int Index, string Label, string? Code, RowKind Kind, bool IsBold, int Page, Box Box, IReadOnlyList<TableValue> Cells, Unit? Unit = null);
