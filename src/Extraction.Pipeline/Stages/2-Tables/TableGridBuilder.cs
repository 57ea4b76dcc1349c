using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables.Rows;

namespace Extraction.Pipeline.Tables;

/// <summary>Turns a table region into a grid: header lines vs body, columns, header cells, rows and cells.</summary>
internal sealed class TableGridBuilder
{
    private readonly TableOptions options;
    private readonly ColumnHeaderParser parser;
    private readonly UnitReader units;
    private readonly ColumnFinder columnFinder;
    private readonly HeaderReader headerReader;
    private readonly RowGrouper rowGrouper;
    private readonly RowBuilder rowBuilder;
    private readonly SideColumn sideColumn;

    public TableGridBuilder(TableOptions options, HyphenationOptions hyphenation, ColumnHeaderParser parser, NumberOptions numbers)
    {
        this.options = options;
        this.parser = parser;
        units = new UnitReader(numbers);
        columnFinder = new ColumnFinder(options);
        headerReader = new HeaderReader(options, hyphenation, parser);
        rowGrouper = new RowGrouper(options, string.Equals(options.Rows.Model, RowOptions.Learned, StringComparison.OrdinalIgnoreCase) ? RowBoundaryModel.Committed : null);
        rowBuilder = new RowBuilder(hyphenation);
        sideColumn = new SideColumn(options);
    }

    public TableGrid? Build(TableRegion region, int page)
    {
        if (Lay(region) is not { } body)
        {
            return null;
        }

        var rows = rowGrouper.Group(body.Lines, region.Rulings, body.X0, body.X1)
            .Select(g => rowBuilder.Build(g, body.Columns, page))
            .ToList();

        var gridColumns = body.Columns.Select((c, i) => new GridColumn(c.X0, c.X1, c.Role, body.Paths[i])).ToList();
        var grid = new TableGrid(page, region.Box, gridColumns, body.HeaderCells, rows, region.RuledBox is not null, [(page, region.Box)]);
        grid = InlineNotes.Split(sideColumn.Split(grid));
        return IsBudgetTable(grid) ? grid : null;
    }

    /// <summary>The region's header read into columns and its body lines, which the rows are made of; null when it has no figures.</summary>
    public TableBody? Lay(TableRegion region)
    {
        var lines = region.Lines.OrderBy(l => l.Line.Box.Y0).ToList();
        var firstValue = lines.FindIndex(l => l.IsValueLine && !l.IsYearsOnly);
        if (firstValue < 0)
        {
            return null;
        }

        var numeric = lines.Skip(firstValue)
            .Where(l => l.IsValueLine)
            .SelectMany(l => l.Line.Segments.Where((_, i) => l.NumericSegments[i]))
            .ToList();
        var spanX0 = numeric.Min(s => s.Box.X0);
        var spanX1 = numeric.Max(s => s.Box.X1);
        var headerEnd = -1;
        for (var i = 0; i < firstValue; i++)
        {
            var line = lines[i];
            if (line.IsYearsOnly || units.IsUnitOnly(line.Line.Text)
                || line.Line.Segments.Where((_, k) => !line.NumericSegments[k]).Any(s => s.Box.X1 > spanX0 && s.Box.X0 < spanX1))
            {
                headerEnd = i;
            }
        }

        var header = lines.Take(headerEnd + 1).Select(l => l.Line).ToList();
        var body = lines.Skip(headerEnd + 1).ToList();
        var columns = columnFinder.Find(body);
        if (!columns.Any(c => c.Role == ColumnRole.Number))
        {
            return null;
        }

        var (allColumns, headerCells, paths) = headerReader.Read(header, columns, region, body[0].Line.Box.Y0);
        var tableX0 = Math.Min(region.Box.X0, allColumns.Min(c => c.X0));
        var tableX1 = Math.Max(region.Box.X1, allColumns.Max(c => c.X1));
        return new TableBody(body, allColumns, headerCells, paths, tableX0, tableX1);
    }

    /// <summary>
    /// A budget table has a labelled row with a value, and, when it has a header, a number column whose header names a
    /// measure or a year. Chart ticks and legends fail this: they have no labels or no such header.
    /// </summary>
    private bool IsBudgetTable(TableGrid grid)
    {
        var label = grid.LabelColumn;
        var numbers = Enumerable.Range(0, grid.Columns.Count).Where(i => grid.Columns[i].Role == ColumnRole.Number).ToList();
        var labelledValue = label >= 0 && grid.Rows.Any(r =>
            !r.Cells[label].IsBlank && numbers.Any(i => DanishNumber.Parse(r.Cells[i].Text).Kind is NumberKind.Value or NumberKind.Placeholder));
        if (!labelledValue)
        {
            return false;
        }

        return !grid.HasHeader || numbers.Any(i =>
        {
            var column = parser.Parse(grid.Columns[i].Header, null);
            return column.Measure != Measure.Unknown || column.Year is not null;
        });
    }
}
