using Extraction.Core.Columns;
using Extraction.Core.Tables;

namespace Extraction.Core.Model;

/// <summary>A table column: its position, role and typed header. <see cref="Budget"/> is typed for every column (unknown for text).</summary>
public sealed record TableColumn(int Index, ColumnRole Role, BudgetColumn Budget)
{
    public string Label => Budget.Label;
}
