namespace Extraction.Pipeline.Checks;

public enum CheckKind
{
    /// <summary>A total or subtotal row against the rows it sums, one column at a time.</summary>
    ColumnSum,

    /// <summary>A cell against other cells of its row (Skøn = Tekn. + Tillæg).</summary>
    RowFormula,

    /// <summary>The same figure printed in two tables (summary table against the activity area's tables).</summary>
    CrossTable,

    /// <summary>A total column ("I alt") against the year columns of its row.</summary>
    RowSum,
}
