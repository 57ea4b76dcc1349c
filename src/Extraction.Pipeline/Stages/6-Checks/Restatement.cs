namespace Extraction.Pipeline.Checks;

/// <summary>Why a printed figure repeats money given elsewhere, so that adding it to the others would count it twice.</summary>
public enum RestatementKind
{
    /// <summary>A table that shows again what another table shows in more detail (a summary table's row for an activity area).</summary>
    SummaryTable,

    /// <summary>A subtotal row of a table that also prints its items.</summary>
    Subtotal,

    /// <summary>A total row of a table that also prints its items.</summary>
    TotalRow,

    /// <summary>A total column ("I alt") over the year columns beside it.</summary>
    TotalColumn,
}

/// <summary>A cell of a number column whose figure restates others (the facts call it not a leaf).</summary>
public sealed record Restatement(string TableUid, int Row, int Column, RestatementKind Kind);

/// <summary>The names facts.csv and the warehouse use for a <see cref="RestatementKind"/>.</summary>
public static class RestatementKindNames
{
    public static string Name(this RestatementKind kind) => kind switch
    {
        RestatementKind.SummaryTable => "summary_table",
        RestatementKind.Subtotal => "subtotal",
        RestatementKind.TotalRow => "total_row",
        RestatementKind.TotalColumn => "total_column",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
