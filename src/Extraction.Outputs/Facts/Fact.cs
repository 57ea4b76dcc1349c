namespace Extraction.Outputs;

/// <summary>
/// One value of one table cell, with everything needed to use it alone and to find it in the PDF. The first columns
/// are the stable facts.csv contract; the extra ones follow them.
/// </summary>
public sealed record Fact
{
    public required string SourceFile { get; init; }

    public string? Municipality { get; init; }

    public string? DocumentKind { get; init; }

    public int? FiscalYear { get; init; }

    public string? PolicyArea { get; init; }

    public string? ActivityArea { get; init; }

    public string? TableId { get; init; }

    public string? TableTitle { get; init; }

    public required string RowLabel { get; init; }

    public required string RowKind { get; init; }

    public required string ColumnLabel { get; init; }

    public required string Measure { get; init; }

    public int? Year { get; init; }

    /// <summary>The number as printed, in the table's unit.</summary>
    public decimal Value { get; init; }

    /// <summary>What the unit measures once scaled (<c>DKK</c>, <c>count</c>); empty when the table states none.</summary>
    public string? Unit { get; init; }

    public decimal? Scale { get; init; }

    /// <summary>The value in kroner (value × scale) when the unit is money.</summary>
    public decimal? AmountDkk { get; init; }

    public int Page { get; init; }

    /// <summary>The page number printed on that page, if any; a chapter of a larger report prints its own numbering.</summary>
    public string? PageLabel { get; init; }

    public double X0 { get; init; }

    public double Y0 { get; init; }

    public double X1 { get; init; }

    public double Y1 { get; init; }

    public required string TableUid { get; init; }

    public string? RowCode { get; init; }

    public int? ActivityAreaNumber { get; init; }

    public int? PriceBasisYear { get; init; }

    public string? UnitPrinted { get; init; }

    public bool UnitInferred { get; init; }

    public bool YearInferred { get; init; }

    /// <summary>The committee the document is for, when it names one.</summary>
    public string? Committee { get; init; }

    /// <summary>Number of the proposal or correction the table belongs to ("T101").</summary>
    public string? Proposal { get; init; }

    /// <summary>True when the table says its figures are not final yet ("*Opdateres med tal i juni.").</summary>
    public bool FiguresPending { get; init; }

    /// <summary>
    /// The row's cells in the table's text columns ("Styringsområde", "Udvalg", "Bevilling"), as a JSON object from
    /// column label to cell text in column order; empty when the table has no text columns.
    /// </summary>
    public string? TextColumns { get; init; }

    /// <summary>Where the document came from, as a batch manifest gives it.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Lower-case hex SHA-256 of the PDF's bytes: the document's key in the store, run.json and the warehouse.</summary>
    public string? DocumentSha256 { get; init; }

    /// <summary>The input path the document was processed from.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Whether the figure is a level or a change (<c>budget_level</c>, <c>actual</c>, <c>change</c>, …; pipeline.json <c>writers.value_kinds</c>).</summary>
    public string? ValueKind { get; init; }

    /// <summary>What money given elsewhere the figure restates (<c>summary_table</c>, <c>subtotal</c>, <c>total_row</c>, <c>total_column</c>); null for a leaf.</summary>
    public string? Restates { get; init; }

    /// <summary>True when the figure restates nothing: summing the leaves counts each krone once.</summary>
    public bool IsLeaf { get; init; } = true;

    /// <summary>The confidence of the fact's table (0–1); below pipeline.json <c>confidence.threshold</c> the table is doubtful.</summary>
    public double TableConfidence { get; init; } = 1.0;
}
