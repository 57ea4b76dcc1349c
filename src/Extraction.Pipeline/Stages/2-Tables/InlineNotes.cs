namespace Extraction.Pipeline.Tables;

/// <summary>
/// Takes note rows out of a table body: a row whose only text is in the label column and runs on over the number
/// columns ("- = mindreudgift/merindtægt og + = merudgift/mindreindtægt" across a form's table) is a note printed
/// between the rows, not an item without figures.
/// </summary>
internal static class InlineNotes
{
    public static TableGrid Split(TableGrid grid)
    {
        var label = grid.LabelColumn;
        var numberX0 = grid.Columns.Where(c => c.Role == ColumnRole.Number).Select(c => c.X0).DefaultIfEmpty(double.MaxValue).Min();
        if (label < 0)
        {
            return grid;
        }

        var rows = new List<GridRow>();
        var notes = new List<InlineNote>();
        foreach (var row in grid.Rows)
        {
            var text = row.Cells[label];
            var alone = row.Cells.Where((c, i) => i != label).All(c => c.IsBlank);
            if (alone && text.Box is { } box && box.X1 > numberX0)
            {
                notes.Add(new InlineNote(rows.Count - 1, text.Text, row.Page, box));
            }
            else
            {
                rows.Add(row);
            }
        }

        return notes.Count == 0 ? grid : grid with { Rows = rows, InlineNotes = notes };
    }
}
