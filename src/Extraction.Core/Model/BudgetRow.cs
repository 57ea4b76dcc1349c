using Extraction.Core.Reading;

namespace Extraction.Core.Model;

/// <summary>A table row: its label as printed (lines joined), its item code, its kind, and a cell per column.</summary>
public sealed record BudgetRow(int Index, string Label, string? Code, RowKind Kind, bool IsBold, int Page, Box Box, IReadOnlyList<TableValue> Cells);
