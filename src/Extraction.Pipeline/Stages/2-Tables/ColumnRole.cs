namespace Extraction.Pipeline.Tables;

/// <summary>What a table column holds.</summary>
public enum ColumnRole
{
    /// <summary>Item numbers printed before the label ("1", "1.a").</summary>
    Code,

    /// <summary>The row labels.</summary>
    Label,

    /// <summary>Text that is not a label (a unit per row, a category).</summary>
    Text,

    /// <summary>Numbers.</summary>
    Number,
}
