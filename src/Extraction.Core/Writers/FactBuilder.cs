using Extraction.Core.Columns;
using Extraction.Core.Model;
using Extraction.Core.Numbers;
using Extraction.Core.Tables;

namespace Extraction.Core.Writers;

/// <summary>Flattens an extraction into facts: one per printed number in a number column, nothing else.</summary>
public static class FactBuilder
{
    public static IEnumerable<Fact> Build(DocumentExtraction extraction)
    {
        var structure = extraction.Structure;
        foreach (var table in extraction.Tables)
        {
            foreach (var column in table.Columns.Where(c => c.Role == ColumnRole.Number))
            {
                foreach (var row in table.Rows)
                {
                    var unit = table.UnitOf(row.Index, column.Index);
                    var cell = row.Cells[column.Index];
                    if (cell.Kind != NumberKind.Value || cell.Value is not { } value)
                    {
                        continue;
                    }

                    var box = cell.Box ?? row.Box;
                    yield return new Fact
                    {
                        SourceFile = extraction.SourceFile,
                        Municipality = structure.Municipality,
                        DocumentKind = structure.DocumentKind,
                        FiscalYear = structure.FiscalYear,
                        PolicyArea = structure.PolicyArea,
                        ActivityArea = extraction.ActivityAreaName(table.ActivityArea),
                        TableId = table.Id,
                        TableTitle = table.Title ?? table.Description ?? table.Caption,
                        RowLabel = row.Label,
                        RowKind = row.Kind.ToString().ToLowerInvariant(),
                        ColumnLabel = column.Label,
                        Measure = column.Budget.Measure.Name(),
                        Year = column.Budget.Year,
                        Value = value,
                        Unit = unit?.Name,
                        Scale = unit?.Scale,
                        AmountDkk = unit is { IsMoney: true } ? value * unit.Scale : null,
                        Page = row.Page,
                        PageLabel = extraction.PageLabel(row.Page),
                        X0 = Round(box.X0),
                        Y0 = Round(box.Y0),
                        X1 = Round(box.X1),
                        Y1 = Round(box.Y1),
                        TableUid = table.Uid,
                        RowCode = row.Code,
                        ActivityAreaNumber = table.ActivityArea,
                        PriceBasisYear = table.PriceBasis?.Year,
                        UnitPrinted = unit?.Printed,
                        UnitInferred = row.Unit is null && column.Budget.Unit is null && table.UnitInferred,
                        YearInferred = column.Budget.YearInferred,
                    };
                }
            }
        }
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
