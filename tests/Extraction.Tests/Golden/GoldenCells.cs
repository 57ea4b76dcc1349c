using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>The cells the ground truth says a document's numeric tables hold, and the cells the pipeline's facts hold.</summary>
internal static class GoldenCells
{
    public static List<GoldenCell> Expected(Truth truth)
    {
        var fiscalYear = truth.Metadata.FiscalYear ?? throw new InvalidOperationException("The truth names no fiscal year.");
        var cells = new List<GoldenCell>();
        foreach (var table in truth.Tables.Where(t => t.Kind == "numeric"))
        {
            var id = GoldenTables.ExpectedId(truth, table) ?? string.Empty;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].Type != "number")
                {
                    continue;
                }

                var header = table.Columns[c].Header;
                var scale = Scale(table.UnitEffective, header);
                foreach (var row in table.Rows)
                {
                    if (row.Values[c] is not { } value)
                    {
                        continue;
                    }

                    var (measure, year) = ExpectedColumnTypes.For(header, fiscalYear);
                    cells.Add(new GoldenCell(row.Page, id, row.Label, header, row.Kind == "data" ? "data" : row.Kind, measure, year, value, row.RowUnit is null ? scale : 1m));
                }
            }
        }

        return cells;
    }

    public static List<GoldenCell> Actual(DocumentExtraction extraction) =>
        FactBuilder.Build(extraction).Select(Cell).ToList();

    /// <summary>The cells of the facts whose table's confidence is below <paramref name="threshold"/>, each with the codes of the doubts that lowered it.</summary>
    public static List<(GoldenCell Cell, IReadOnlyList<string> Reasons)> Doubtful(DocumentExtraction extraction, double threshold)
    {
        var reasons = extraction.Tables.ToDictionary(t => t.Uid, t => (IReadOnlyList<string>)t.Confidence.Reasons.Select(r => r.Code).Distinct().ToList());
        return FactBuilder.Build(extraction)
            .Where(f => f.TableConfidence < threshold)
            .Select(f => (Cell(f), reasons.GetValueOrDefault(f.TableUid, [])))
            .ToList();
    }

    private static GoldenCell Cell(Fact f) =>
        new(f.Page, f.TableId ?? string.Empty, f.RowLabel, f.ColumnLabel, f.RowKind, f.Measure, f.Year, f.Value, f.Scale);

    /// <summary>
    /// The scale of a column from the truth's effective unit: "1000 DKK" for the whole table, or per column
    /// ("Mængde = count, Gns. pris = DKK, Budget/Regnskab = 1000 DKK", matched on the column's last header level).
    /// </summary>
    private static decimal? Scale(string? unitEffective, string header)
    {
        if (unitEffective is null)
        {
            return null;
        }

        if (ParseUnit(unitEffective) is { } whole)
        {
            return whole;
        }

        var leaf = header.Split(" / ")[^1];
        foreach (var part in unitEffective.Replace("per column:", string.Empty, StringComparison.Ordinal).Split(','))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length == 2 && pieces[0].Split('/').Any(n => leaf.StartsWith(n.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return ParseUnit(pieces[1]);
            }
        }

        return null;
    }

    private static decimal? ParseUnit(string text)
    {
        var match = Regex.Match(text.Trim(), @"^(?:(?<scale>\d+)\s+)?DKK$");
        return match.Success ? (match.Groups["scale"].Success ? decimal.Parse(match.Groups["scale"].Value, CultureInfo.InvariantCulture) : 1m) : null;
    }
}
