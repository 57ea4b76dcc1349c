namespace Extraction.Pipeline.Tables;

/// <summary>A column of a detected table: its horizontal extent, its role and its header levels (top first; blank when none).</summary>
public sealed record GridColumn(double X0, double X1, ColumnRole Role, IReadOnlyList<string> Header)
{
    public double CenterX => (X0 + X1) / 2;
}
