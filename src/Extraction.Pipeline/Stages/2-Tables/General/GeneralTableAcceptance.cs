using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// Whether a general candidate is a table: enough columns and rows holding cells side by side, short cells (not prose
/// set in columns), a grid mostly filled with text (not a chart: its axis labels scattered over the grid lines), and no image under it (a chart
/// drawn as a picture, its labels in text).
/// </summary>
internal sealed class GeneralTableAcceptance(GeneralTableOptions options)
{
    public bool Accepts(SlotGrid grid, PageLayout page)
    {
        var filled = grid.Cells.Where(c => c.Text.Length > 0).ToList();
        if (filled.Count == 0 || page.Images.Any(i => i.Width < options.BackgroundImageWidthRatio * page.Width && i.HorizontalOverlap(grid.Box) > 0 && i.VerticalOverlap(grid.Box) > 0))
        {
            return false;
        }

        var columns = filled.Select(c => c.Column).Distinct().Count();
        var rowsWithSeveralCells = filled.GroupBy(c => c.Row).Count(g => g.Count() >= 2);
        var meanWords = filled.Average(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return columns >= options.MinColumns
            && rowsWithSeveralCells >= options.MinRows
            && meanWords <= (grid.IsRuled ? options.MaxMeanRuledCellWords : options.MaxMeanCellWords)
            && (double)filled.Sum(c => c.RowSpan * c.ColumnSpan) / Slots(grid) >= options.MinFilledCellRatio;
    }

    /// <summary>Rows and columns that hold text: blank rows left between a stream grid's joined lines do not count.</summary>
    private static int Slots(SlotGrid grid) =>
        grid.Cells.Where(c => c.Text.Length > 0).Select(c => c.Row).Distinct().Count() * grid.ColumnCount;
}
