using System.Globalization;

namespace Extraction.Tests.Golden;

/// <summary>One numeric table cell: where it is (page, table number, row, column) and what it says.</summary>
internal sealed record GoldenCell(int Page, string TableId, string RowLabel, string ColumnLabel, string RowKind, string Measure, int? Year, decimal Value, decimal? Scale)
{
    public (int, string, string, string) Position => (Page, TableId, RowLabel, ColumnLabel);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p{Page} table '{TableId}' row '{RowLabel}' ({RowKind}) column '{ColumnLabel}' = {Value} [{Measure} {Year}, scale {Scale}]");
}
