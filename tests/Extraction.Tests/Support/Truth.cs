using System.Text.Json.Serialization;
using System.Text.Json;

namespace Extraction.Tests.Support;

/// <summary>The ground truth of a corpus PDF (fixtures/corpus/*.truth.json, schema dk-budget-pdf-truth/1), as written from the source.</summary>
internal sealed record Truth(
    string File,
    TruthMetadata Metadata,
    IReadOnlyList<TruthTable> Tables,
    IReadOnlyList<TruthRelation> Consistency,
    IReadOnlyList<TruthField>? Fields = null,
    IReadOnlyList<TruthNonTable>? NonTables = null)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Truth Load(string pdfPath) =>
        JsonSerializer.Deserialize<Truth>(System.IO.File.ReadAllText(Path.ChangeExtension(pdfPath, ".truth.json")), Json)!;
}

internal sealed record TruthMetadata(string? Municipality, string? DocumentKind, int? FiscalYear, string? PolicyArea, string? Committee = null, string? Title = null);

internal sealed record TruthTable(
    string Uid,
    string? Id,
    string Kind,
    string? Caption,
    string? Description,
    string? Unit,
    string? UnitEffective,
    IReadOnlyList<int> Pages,
    IReadOnlyList<TruthColumn> Columns,
    IReadOnlyList<TruthRow> Rows,
    IReadOnlyList<string> Notes,
    string? Title = null,
    string? Context = null,
    bool? HeaderRepeated = null,
    IReadOnlyList<TruthSideField>? SideFields = null,
    IReadOnlyList<TruthInlineNote>? InlineNotes = null);

internal sealed record TruthColumn(string Header, string Type);

internal sealed record TruthRow(string Label, IReadOnlyList<string> Cells, IReadOnlyList<decimal?> Values, string Kind, int Page, string? RowUnit = null);

internal sealed record TruthSideField(string Key, string Value);

internal sealed record TruthInlineNote([property: JsonPropertyName("after_row")] int AfterRow, string Text);

/// <summary>A form field: a title box cell, a value beside a table, a checkbox (with <see cref="Checked"/>).</summary>
internal sealed record TruthField(string? Context, string Key, string Value, bool? Checked, int Page);

internal sealed record TruthRelation(string Kind, string Role, TruthCell Target, IReadOnlyList<TruthCell> Terms, decimal? Printed, decimal? Computed, bool Holds);

internal sealed record TruthCell(string Table, [property: JsonPropertyName("table_id")] string? TableId, int Row, int Col, string Label, string Column);

/// <summary>A table-like layout that is not a budget table: a form's title box, tab-aligned amount lines, a checkbox grid.</summary>
internal sealed record TruthNonTable(string Kind, string? Context, IReadOnlyList<IReadOnlyList<string>>? Lines, int Page);
