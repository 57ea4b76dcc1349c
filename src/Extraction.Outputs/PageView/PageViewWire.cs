using System.Text.Json.Serialization;

namespace Extraction.Outputs.PageView;

/// <summary>
/// The page view's data as its script reads it. Property names are snake case; the bulk (boxes, words, rows) are
/// arrays of mixed values, one array per item, in the order the script unpacks them.
/// </summary>
internal sealed record PageViewData(
    DocumentData Document,
    IReadOnlyList<PageData> Pages,
    IReadOnlyList<TableData> Tables,
    IReadOnlyList<ValueData> Values,
    IReadOnlyList<CheckData> Checks,
    IReadOnlyList<object?[]> Charts,
    IReadOnlyList<object?[]> Unread);

internal sealed record DocumentData(string SourceFile, string? Title, string? Municipality, string? DocumentKind, int? FiscalYear, string? PolicyArea, int PageCount);

internal sealed record PageData(
    [property: JsonPropertyName("n")] int Number,
    [property: JsonPropertyName("w")] double Width,
    [property: JsonPropertyName("h")] double Height,
    string? Label);

internal sealed record TableData(
    string Uid,
    string? Id,
    string Title,
    string? Unit,
    IReadOnlyList<object?[]> Boxes,
    IReadOnlyList<object?[]> Columns,
    IReadOnlyList<object?[]> Header,
    IReadOnlyList<object?[]> Rows);

internal sealed record ValueData(
    int Table,
    int Row,
    int Column,
    int Page,
    double[] Box,
    string Printed,
    string TableUid,
    string? TableId,
    string? TableTitle,
    string? ActivityArea,
    string? RowLabel,
    string? RowKind,
    string? ColumnLabel,
    string? Measure,
    int? Year,
    bool YearInferred,
    decimal Value,
    string? Unit,
    string? UnitPrinted,
    decimal? Scale,
    decimal? AmountDkk,
    IReadOnlyList<int> Checks,
    bool Failed);

internal sealed record CheckData(string Kind, string Rule, bool Holds, string Message, int Page, string Target, decimal Printed, decimal Computed, IReadOnlyList<int> Values);

/// <summary>What is drawn of one page, read by the script only when the page is drawn.</summary>
internal sealed record PageDrawing(IReadOnlyList<object?[]> Words, IReadOnlyList<double[]> Rules, IReadOnlyList<object?[]> Blocks, IReadOnlyList<double[]> Pictures);

/// <summary>The scalar types registered so that the mixed arrays serialise by each item's own type.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PageViewData))]
[JsonSerializable(typeof(PageDrawing))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class PageViewJsonContext : JsonSerializerContext;
