using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Model;

/// <summary>A table column: its position, role and typed header. <see cref="Budget"/> is typed for every column (unknown for text).</summary>
/// <param name="X0">Left edge of the column on the table's first page (points); null when not known.</param>
/// <param name="X1">Right edge of the column on the table's first page (points); null when not known.</param>
public sealed record TableColumn(int Index, ColumnRole Role, BudgetColumn Budget, double? X0 = null, double? X1 = null)
{
    public string Label => Budget.Label;
}
