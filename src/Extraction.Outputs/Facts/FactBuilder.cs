using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;
using Extraction.Document.Numbers;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;

namespace Extraction.Outputs;

/// <summary>Flattens an extraction into facts: one per printed number in a number column, nothing else.</summary>
public static class FactBuilder
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<Fact> Build(DocumentExtraction extraction)
    {
        var structure = extraction.Structure;
        var restatements = extraction.Restatements.ToDictionary(r => (r.TableUid, r.Row, r.Column), r => r.Kind);
        foreach (var table in extraction.Tables)
        {
            var textColumns = table.Columns.Where(c => c.Role == ColumnRole.Text).ToList();
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
                        AmountDkk = unit is { IsMoney: true } ? unit.Scaled(value) : null,
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
                        Committee = structure.Committee,
                        Proposal = table.Proposal,
                        FiguresPending = table.FiguresPending,
                        TextColumns = textColumns.Count == 0 ? null : TextColumnsJson(textColumns, row),
                        Restates = restatements.TryGetValue((table.Uid, row.Index, column.Index), out var restated) ? restated.Name() : null,
                        IsLeaf = !restatements.ContainsKey((table.Uid, row.Index, column.Index)),
                        TableConfidence = table.Confidence.Score,
                    };
                }
            }
        }
    }

    /// <summary>The row's text cells as a JSON object in column order; unlabelled or repeated labels get the column's index.</summary>
    private static string TextColumnsJson(List<TableColumn> columns, BudgetRow row)
    {
        var json = new JsonObject();
        foreach (var column in columns)
        {
            var key = column.Label.Length == 0 || json.ContainsKey(column.Label)
                ? string.Create(CultureInfo.InvariantCulture, $"{column.Label} [{column.Index}]").TrimStart()
                : column.Label;
            json[key] = row.Cells[column.Index].Text;
        }

        return json.ToJsonString(Json);
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
