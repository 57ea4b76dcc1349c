using Extraction.Core.Reading;

namespace Extraction.Core.Tables;

/// <summary>One body row: a cell per column (blank where nothing is printed), on one page.</summary>
public sealed record GridRow(int Page, Box Box, IReadOnlyList<GridCell> Cells);
