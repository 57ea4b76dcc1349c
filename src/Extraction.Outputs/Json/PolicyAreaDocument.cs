namespace Extraction.Outputs.Json;

/// <summary>
/// The JSON file written per policy area of a document, or per committee when the document has no policy area
/// (docs/schema.md). Property names are written in snake_case.
/// </summary>
public sealed record PolicyAreaDocument(
    string Schema,
    int SchemaVersion,
    string SourceFile,
    int PageCount,
    IReadOnlyList<string?> PageLabels,
    DocumentInfo Document,
    GroupInfo Group,
    PolicyAreaInfo PolicyArea,
    IReadOnlyList<ProposalInfo> Proposals,
    IReadOnlyList<FieldInfo> Fields,
    IReadOnlyList<TableInfo> Tables,
    CheckSummary Checks,
    IReadOnlyList<string> ReaderWarnings);

public sealed record DocumentInfo(string? Title, string? Municipality, string? DocumentKind, int? FiscalYear, string? Committee);

/// <summary>What the file is written for: <c>policy_area</c>, <c>committee</c> or <c>document</c>, its name and the file's slug.</summary>
public sealed record GroupInfo(string Kind, string? Name, string Slug);

public sealed record PolicyAreaInfo(string? Name, string? Slug, IReadOnlyList<SectionInfo> Sections, IReadOnlyList<ActivityAreaInfo> ActivityAreas);

public sealed record ProposalInfo(
    string Number,
    string? Title,
    int Page,
    DateInfo? StartDate,
    AnswerInfo? InsideServiceCeiling,
    IReadOnlyList<YearValueInfo> FullTimeEquivalents,
    string? SignConvention,
    bool FiguresPending,
    IReadOnlyList<string> Tables,
    IReadOnlyList<FieldInfo> Fields,
    IReadOnlyList<SectionInfo> Sections,
    IReadOnlyList<AmountListInfo> AmountLists);

public sealed record DateInfo(string Printed, DateOnly? Date);

public sealed record AnswerInfo(string Printed, bool? Value);

public sealed record YearValueInfo(int Year, decimal Value);

public sealed record FieldInfo(string? Context, string Key, string Value, bool? Checked, int Page, double[]? Box);

public sealed record AmountListInfo(int Page, double[] Box, IReadOnlyList<AmountLineInfo> Lines);

public sealed record AmountLineInfo(string Label, string Printed, decimal Value, UnitInfo Unit, decimal? AmountDkk, string Kind, double[] Box);

public sealed record SideFieldInfo(string Key, string Value, int Page, double[]? Box);

public sealed record InlineNoteInfo(int AfterRow, string Text, int Page, double[] Box);

public sealed record ActivityAreaInfo(int? Number, string Name, int Page, IReadOnlyList<string> Tables, IReadOnlyList<SectionInfo> Sections);

public sealed record SectionInfo(string? Number, string Title, int Page, IReadOnlyList<string> Paragraphs, IReadOnlyDictionary<string, string> Fields);

public sealed record TableInfo(
    string Uid,
    string? Id,
    string Kind,
    string? Proposal,
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
    IReadOnlyList<InlineNoteInfo> InlineNotes,
    IReadOnlyList<SideFieldInfo> SideFields,
    bool FiguresPending,
    string? PendingNote,
    IReadOnlyList<PageBoxInfo> Boxes)
{
    /// <summary>How far the table's reading can be trusted (0–1) and the doubts that lowered it.</summary>
    public ConfidenceInfo Confidence { get; init; } = new(1.0, false, []);

    /// <summary>How the table prints its numbers: danish, space_grouped or english.</summary>
    public string NumberConvention { get; init; } = "danish";
}

/// <summary>A table's confidence, whether it is below the threshold, and why.</summary>
public sealed record ConfidenceInfo(double Score, bool Doubtful, IReadOnlyList<ConfidenceReasonInfo> Reasons);

public sealed record ConfidenceReasonInfo(string Code, string Detail, double Penalty);

public sealed record UnitInfo(string Printed, string Name, decimal Scale, bool Inferred);

public sealed record PriceBasisInfo(int Year, string Printed);

public sealed record HeaderCellInfo(string Text, int Level, int Column, int ColumnSpan, int RowSpan);

public sealed record ColumnInfo(int Index, string Label, string Role, string Measure, int? Year, bool YearInferred, UnitInfo? Unit);

public sealed record RowInfo(int Index, string Label, string? Code, string Kind, int Page, double[] Box, UnitInfo? Unit, IReadOnlyList<CellInfo> Cells);

public sealed record CellInfo(string Text, string Kind, decimal? Value, double[]? Box)
{
    /// <summary>True when the value is negative because it was printed in accounting parentheses ("(12.440)").</summary>
    public bool NegativeByParentheses { get; init; }

    /// <summary>A unit printed in the cell itself ("kr.", "%"); null otherwise.</summary>
    public UnitInfo? Unit { get; init; }
}

public sealed record PageBoxInfo(int Page, double[] Box);

public sealed record CheckSummary(int Count, int Passed, IReadOnlyList<CheckInfo> Warnings);

public sealed record CheckInfo(string Kind, string Rule, string Message, decimal Printed, decimal Computed, decimal Difference, CellInfoRef Target, IReadOnlyList<TermInfo> Terms);

public sealed record CellInfoRef(string Table, string? TableId, int Row, int Column, string RowLabel, string ColumnLabel, decimal Value, int Page);

public sealed record TermInfo(CellInfoRef Cell, int Sign);
