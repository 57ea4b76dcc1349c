namespace Extraction.Pipeline.Tables;

/// <summary>What a table's cells hold.</summary>
public enum TableKind
{
    /// <summary>Figures under typed columns, with row labels.</summary>
    Numeric,

    /// <summary>Text only: a label column and text columns whose cells are paragraphs and bullet lists.</summary>
    Text,

    /// <summary>Any other table (found by the general detectors): cells of text, no typed columns, no facts.</summary>
    General,
}
