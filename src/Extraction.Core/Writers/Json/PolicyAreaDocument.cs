namespace Extraction.Core.Writers.Json;

/// <summary>
/// The JSON file written per policy area of a document (docs/schema.md). Property names are written in snake_case.
/// </summary>
public sealed record PolicyAreaDocument(
    string Schema,
    int SchemaVersion,
    string SourceFile,
    int PageCount,
    IReadOnlyList<string?> PageLabels,
    DocumentInfo Document,
    PolicyAreaInfo PolicyArea,
    IReadOnlyList<TableInfo> Tables,
    CheckSummary Checks,
    IReadOnlyList<string> ReaderWarnings);

public sealed record DocumentInfo(string? Title, string? Municipality, string? DocumentKind, int? FiscalYear);

public sealed record PolicyAreaInfo(string? Name, string Slug, IReadOnlyList<SectionInfo> Sections, IReadOnlyList<ActivityAreaInfo> ActivityAreas);

public sealed record ActivityAreaInfo(int? Number, string Name, int Page, IReadOnlyList<string> Tables, IReadOnlyList<SectionInfo> Sections);

public sealed record SectionInfo(string? Number, string Title, int Page, IReadOnlyList<string> Paragraphs, IReadOnlyDictionary<string, string> Fields);

public sealed record TableInfo(
    string Uid,
    string? Id,
    string? Caption,
    string? Title,
    string? Description,
    int? ActivityArea,
    IReadOnlyList<int> Pages,
    UnitInfo? Unit,
    PriceBasisInfo? PriceBasis,
    bool? HeaderRepeated,
    IReadOnlyList<HeaderCellInfo> HeaderCells,
    IReadOnlyList<ColumnInfo> Columns,
    IReadOnlyList<RowInfo> Rows,
    IReadOnlyList<string> Notes,
    IReadOnlyList<PageBoxInfo> Boxes);

public sealed record UnitInfo(string Printed, string Name, decimal Scale, bool Inferred);

public sealed record PriceBasisInfo(int Year, string Printed);

public sealed record HeaderCellInfo(string Text, int Level, int Column, int ColumnSpan, int RowSpan);

public sealed record ColumnInfo(int Index, string Label, string Role, string Measure, int? Year, bool YearInferred, UnitInfo? Unit);

public sealed record RowInfo(int Index, string Label, string? Code, string Kind, int Page, double[] Box, UnitInfo? Unit, IReadOnlyList<CellInfo> Cells);

public sealed record CellInfo(string Text, string Kind, decimal? Value, double[]? Box);

public sealed record PageBoxInfo(int Page, double[] Box);

public sealed record CheckSummary(int Count, int Passed, IReadOnlyList<CheckInfo> Warnings);

public sealed record CheckInfo(string Kind, string Rule, string Message, decimal Printed, decimal Computed, decimal Difference, CellInfoRef Target, IReadOnlyList<TermInfo> Terms);

public sealed record CellInfoRef(string Table, string? TableId, int Row, int Column, string RowLabel, string ColumnLabel, decimal Value, int Page);

public sealed record TermInfo(CellInfoRef Cell, int Sign);
