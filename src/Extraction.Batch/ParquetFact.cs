using System.Text.Json.Serialization;
using Extraction.Outputs;

namespace Extraction.Batch;

/// <summary>
/// A row of facts.parquet: the columns of facts.csv, in the same order and with the same names, typed (exact decimals
/// for values and amounts, integers for years and pages, doubles for coordinates, booleans for flags; null where the
/// CSV field is empty).
/// </summary>
public sealed class ParquetFact
{
    [JsonPropertyName("source_file")] public string SourceFile { get; set; } = string.Empty;
    [JsonPropertyName("municipality")] public string? Municipality { get; set; }
    [JsonPropertyName("document_kind")] public string? DocumentKind { get; set; }
    [JsonPropertyName("fiscal_year")] public int? FiscalYear { get; set; }
    [JsonPropertyName("policy_area")] public string? PolicyArea { get; set; }
    [JsonPropertyName("activity_area")] public string? ActivityArea { get; set; }
    [JsonPropertyName("table_id")] public string? TableId { get; set; }
    [JsonPropertyName("table_title")] public string? TableTitle { get; set; }
    [JsonPropertyName("row_label")] public string RowLabel { get; set; } = string.Empty;
    [JsonPropertyName("row_kind")] public string RowKind { get; set; } = string.Empty;
    [JsonPropertyName("column_label")] public string ColumnLabel { get; set; } = string.Empty;
    [JsonPropertyName("measure")] public string Measure { get; set; } = string.Empty;
    [JsonPropertyName("year")] public int? Year { get; set; }
    [JsonPropertyName("value")] public decimal Value { get; set; }
    [JsonPropertyName("unit")] public string? Unit { get; set; }
    [JsonPropertyName("scale")] public decimal? Scale { get; set; }
    [JsonPropertyName("amount_dkk")] public decimal? AmountDkk { get; set; }
    [JsonPropertyName("page")] public int Page { get; set; }
    [JsonPropertyName("x0")] public double X0 { get; set; }
    [JsonPropertyName("y0")] public double Y0 { get; set; }
    [JsonPropertyName("x1")] public double X1 { get; set; }
    [JsonPropertyName("y1")] public double Y1 { get; set; }
    [JsonPropertyName("table_uid")] public string TableUid { get; set; } = string.Empty;
    [JsonPropertyName("row_code")] public string? RowCode { get; set; }
    [JsonPropertyName("activity_area_number")] public int? ActivityAreaNumber { get; set; }
    [JsonPropertyName("price_basis_year")] public int? PriceBasisYear { get; set; }
    [JsonPropertyName("unit_printed")] public string? UnitPrinted { get; set; }
    [JsonPropertyName("unit_inferred")] public bool UnitInferred { get; set; }
    [JsonPropertyName("page_label")] public string? PageLabel { get; set; }
    [JsonPropertyName("year_inferred")] public bool YearInferred { get; set; }
    [JsonPropertyName("committee")] public string? Committee { get; set; }
    [JsonPropertyName("proposal")] public string? Proposal { get; set; }
    [JsonPropertyName("figures_pending")] public bool FiguresPending { get; set; }
    [JsonPropertyName("text_columns")] public string? TextColumns { get; set; }
    [JsonPropertyName("source_url")] public string? SourceUrl { get; set; }
    [JsonPropertyName("document_sha256")] public string? DocumentSha256 { get; set; }
    [JsonPropertyName("source_path")] public string? SourcePath { get; set; }
    [JsonPropertyName("value_kind")] public string? ValueKind { get; set; }
    [JsonPropertyName("restates")] public string? Restates { get; set; }
    [JsonPropertyName("is_leaf")] public bool IsLeaf { get; set; }
    [JsonPropertyName("table_confidence")] public double TableConfidence { get; set; }

    public static ParquetFact From(Fact f) => new()
    {
        SourceFile = f.SourceFile,
        Municipality = f.Municipality,
        DocumentKind = f.DocumentKind,
        FiscalYear = f.FiscalYear,
        PolicyArea = f.PolicyArea,
        ActivityArea = f.ActivityArea,
        TableId = f.TableId,
        TableTitle = f.TableTitle,
        RowLabel = f.RowLabel,
        RowKind = f.RowKind,
        ColumnLabel = f.ColumnLabel,
        Measure = f.Measure,
        Year = f.Year,
        Value = f.Value,
        Unit = f.Unit,
        Scale = f.Scale,
        AmountDkk = f.AmountDkk,
        Page = f.Page,
        X0 = f.X0,
        Y0 = f.Y0,
        X1 = f.X1,
        Y1 = f.Y1,
        TableUid = f.TableUid,
        RowCode = f.RowCode,
        ActivityAreaNumber = f.ActivityAreaNumber,
        PriceBasisYear = f.PriceBasisYear,
        UnitPrinted = f.UnitPrinted,
        UnitInferred = f.UnitInferred,
        PageLabel = f.PageLabel,
        YearInferred = f.YearInferred,
        Committee = f.Committee,
        Proposal = f.Proposal,
        FiguresPending = f.FiguresPending,
        TextColumns = f.TextColumns,
        SourceUrl = f.SourceUrl,
        DocumentSha256 = f.DocumentSha256,
        SourcePath = f.SourcePath,
        ValueKind = f.ValueKind,
        Restates = f.Restates,
        IsLeaf = f.IsLeaf,
        TableConfidence = f.TableConfidence,
    };
}
