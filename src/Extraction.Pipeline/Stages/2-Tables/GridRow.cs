using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>One body row: a cell per column (blank where nothing is printed), on one page.</summary>
public sealed record GridRow(int Page, Box Box, IReadOnlyList<GridCell> Cells);
