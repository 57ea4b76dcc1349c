using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// A table's header printed at the foot of a page whose body starts on the next page. With no figures under it, the
/// header alone is no table of figures (a general detector may have read it as a table of text); the body on the
/// next page has figures and no header. Every piece of the header's text lines up with a column of the body (a number
/// column by its right edge, any other by its left edge) and every number column has some: the header is the body's.
/// </summary>
internal static class StrandedHeader
{
    /// <summary>The body with the header's text as its column headers; null when <paramref name="header"/> is not its header.</summary>
    public static TableGrid? Heading(TableGrid header, TableGrid body, double tolerance, HyphenationOptions hyphenation)
    {
        if (header.Kind != TableKind.General || body.Kind != TableKind.Numeric || body.HasHeader)
        {
            return null;
        }

        var pieces = header.HeaderCells.Where(c => c.Box is not null).Select(c => (c.Text, Box: c.Box!.Value))
            .Concat(header.Rows.SelectMany(r => r.Cells).Where(c => !c.IsBlank && c.Box is not null).Select(c => (c.Text, Box: c.Box!.Value)))
            .ToList();
        var columns = pieces.Select(p => ColumnOf(body.Columns, p.Box, tolerance)).ToList();
        if (pieces.Count == 0 || columns.Contains(-1))
        {
            return null;
        }

        var cells = new List<HeaderCell>();
        for (var k = 0; k < body.Columns.Count; k++)
        {
            var own = pieces.Where((_, i) => columns[i] == k).OrderBy(p => p.Box.Y0).ThenBy(p => p.Box.X0).ToList();
            if (own.Count > 0)
            {
                cells.Add(new HeaderCell(LineJoiner.Join(own.Select(p => p.Text), hyphenation), 0, k, 1, 1, Box.Enclosing(own.Select(p => p.Box))));
            }
            else if (body.Columns[k].Role == ColumnRole.Number)
            {
                return null;
            }
        }

        return body with
        {
            Page = header.Page,
            Box = header.Box,
            Columns = body.Columns.Select((c, k) => c with { Header = cells.Where(h => h.FirstColumn == k).Select(h => h.Text).ToList() }).ToList(),
            HeaderCells = cells,
            Boxes = header.Boxes.Concat(body.Boxes).ToList(),
        };
    }

    /// <summary>The body column a piece of header text lines up with; -1 when none.</summary>
    private static int ColumnOf(IReadOnlyList<GridColumn> columns, Box box, double tolerance)
    {
        var aligned = Enumerable.Range(0, columns.Count)
            .Select(k => (k, Offset: columns[k].Role == ColumnRole.Number ? Math.Abs(columns[k].X1 - box.X1) : Math.Abs(columns[k].X0 - box.X0)))
            .Where(c => c.Offset <= tolerance)
            .ToList();
        return aligned.Count == 0 ? -1 : aligned.MinBy(c => c.Offset).k;
    }
}
