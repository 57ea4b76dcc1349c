using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// A table's header left alone at the foot of a page, its body on the next: a line of years over no figures, with
/// nothing below it on the page but label lines (left of the years: the rows' figures are on the next page), with the
/// header lines above it. It is no table of figures, but it is the header the body on
/// the next page needs (<c>StrandedHeader</c> in the assembly stage); kept as a table of kind general (no facts, no
/// proposal number), each piece of its header line a column.
/// </summary>
internal static class FootHeader
{
    public static TableGrid? Of(TableRegion region, PageLayout page)
    {
        var header = region.Lines.FirstOrDefault(l => l.IsYearsOnly);
        if (header is null || region.RuledBox is not null || region.Lines.Any(l => l.IsValueLine && !l.IsYearsOnly))
        {
            return null;
        }

        var segments = header.Line.Segments;
        var firstYear = segments.Where((_, k) => header.NumericSegments[k]).Min(s => s.Box.X0);
        var below = page.Lines.Where(l => l.Box.Y0 > header.Line.Box.Y1).ToList();
        if (below.Any(l => l.Box.X1 >= firstYear))
        {
            return null;
        }

        var columns = segments.Select((s, k) => new GridColumn(s.Box.X0, s.Box.X1, k == 0 && !header.NumericSegments[0] ? ColumnRole.Label : ColumnRole.Text, [s.Text])).ToList();
        var extents = columns.Select(c => new ColumnExtent(c.X0, c.X1, c.Role)).ToList();
        var cells = region.Lines.Where(l => l.Line.Box.Y0 <= header.Line.Box.Y0)
            .SelectMany((l, level) => l.Line.Segments.Select(s => new HeaderCell(s.Text, level, RowBuilder.ColumnOf(extents, s.Box.X0, s.Box.X1), 1, 1, s.Box)))
            .ToList();
        var rows = below
            .Select(l => new GridRow(page.Number, l.Box, columns.Select((_, k) => k == 0 ? new GridCell(l.Text, l.Box, false) : GridCell.Blank).ToList()))
            .ToList();
        var box = Box.Enclosing(below.Select(l => l.Box).Concat(region.Lines.Select(l => l.Line.Box)));
        return new TableGrid(page.Number, box, columns, cells, rows, false, [(page.Number, box)]) { Kind = TableKind.General };
    }
}
