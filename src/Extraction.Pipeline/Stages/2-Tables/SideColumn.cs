using System.Text.RegularExpressions;
using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Takes a key/value column out of a table: the last column, holding text, right of every number column, whose header
/// is a key ("Iværksættelsestidspunkt:"). Reading down the column, a cell that is a key starts the next field and the
/// cells after it are its value ("Indenfor servicerammen:" over "Ja"). Such a column is form data printed beside the
/// figures in the same rows; keeping it as a column would put dates and "Ja" into the table.
/// </summary>
internal sealed class SideColumn
{
    private readonly Regex? key;

    public SideColumn(TableOptions options)
    {
        key = string.IsNullOrEmpty(options.SideFieldKeyPattern)
            ? null
            : PatternSet.Compile(options.SideFieldKeyPattern);
    }

    public TableGrid Split(TableGrid grid)
    {
        var last = grid.Columns.Count - 1;
        var numbers = Enumerable.Range(0, grid.Columns.Count).Where(i => grid.Columns[i].Role == ColumnRole.Number).ToList();
        if (key is null || numbers.Count == 0 || last <= numbers[^1] || grid.Columns[last].Role != ColumnRole.Text
            || KeyOf(string.Join(' ', grid.Columns[last].Header)) is not { } first)
        {
            return grid;
        }

        var fields = new List<SideField>();
        var current = (Key: first, Values: new List<GridCell>());
        foreach (var cell in grid.Rows.Select(r => r.Cells[last]).Where(c => !c.IsBlank))
        {
            if (KeyOf(cell.Text) is { } next)
            {
                fields.Add(Field(current.Key, current.Values, grid.Page));
                current = (next, []);
            }
            else
            {
                current.Values.Add(cell);
            }
        }

        fields.Add(Field(current.Key, current.Values, grid.Page));
        return grid with
        {
            Columns = grid.Columns.Take(last).ToList(),
            HeaderCells = grid.HeaderCells
                .Where(h => h.FirstColumn < last)
                .Select(h => h.FirstColumn + h.ColumnSpan > last ? h with { ColumnSpan = last - h.FirstColumn } : h)
                .ToList(),
            Rows = grid.Rows.Select(r => r with { Cells = r.Cells.Take(last).ToList() }).ToList(),
            SideFields = fields,
        };
    }

    private string? KeyOf(string text)
    {
        var match = key!.Match(text.Trim());
        return match.Success ? match.Groups["key"].Value.Trim() : null;
    }

    private static SideField Field(string key, List<GridCell> values, int page) =>
        new(key, string.Join(' ', values.Select(v => v.Text)), page, values.Count == 0 ? null : Box.Enclosing(values.Select(v => v.Box!.Value)));
}
