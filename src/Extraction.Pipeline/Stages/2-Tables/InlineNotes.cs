using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Takes note rows out of a table body: text printed in the label column that runs on over the number columns with
/// no figures of its own ("- = mindreudgift/merindtægt og + = merudgift/mindreindtægt" across a form's table) is a
/// note between the rows, not an item without figures, nor a line of the label above or below it. A label ends where
/// the figures begin, so such a line is a note however close it is set to a row.
/// </summary>
internal static class InlineNotes
{
    /// <summary>The body lines without the note lines, and the note lines, before they are grouped into rows.</summary>
    public static (List<LineProfile> Body, List<TextLine> Notes) Lift(IReadOnlyList<LineProfile> body, IReadOnlyList<ColumnExtent> columns)
    {
        var numberX0 = columns.Where(c => c.Role == ColumnRole.Number).Select(c => c.X0).DefaultIfEmpty(double.MaxValue).Min();
        if (!columns.Any(c => c.Role == ColumnRole.Label))
        {
            return (body.ToList(), []);
        }

        var notes = body.Where(l => IsNoteLine(l, numberX0)).ToList();
        return notes.Count == 0 || notes.Count == body.Count
            ? (body.ToList(), [])
            : (body.Except(notes).ToList(), notes.Select(l => l.Line).ToList());
    }

    /// <summary>
    /// Moves the notes into <see cref="TableGrid.InlineNotes"/>: the lifted note lines, and rows whose only text is a
    /// label cell running on over the number columns.
    /// </summary>
    public static TableGrid Split(TableGrid grid, IReadOnlyList<TextLine> lifted)
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

        notes.AddRange(lifted.Select(l => new InlineNote(rows.Count(r => r.Box.Y0 < l.Box.Y0) - 1, l.Text, grid.Page, l.Box)));
        return notes.Count == 0 ? grid : grid with { Rows = rows, InlineNotes = notes.OrderBy(n => n.Box.Y0).ToList() };
    }

    private static bool IsNoteLine(LineProfile line, double numberX0) =>
        line.Line.Segments.Count == 1 && !line.NumericSegments[0]
        && line.Line.Box.X0 < numberX0 && line.Line.Box.X1 > numberX0;
}
