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
    private readonly NumberConventionDecision figures;

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
        figures = NumberConventionDecision.For(numbers);
    }

    public TableGrid? Build(TableRegion region, int page)
    {
        if (Lay(region) is not { } body)
        {
            return null;
        }

        var labelX1 = body.Columns.FirstOrDefault(c => c.Role == ColumnRole.Label)?.X1 ?? body.X0;
        var rows = rowGrouper.Group(body.Lines, region.Rulings, body.X0, body.X1, labelX1)
            .Select(g => rowBuilder.Build(g, body.Columns, page))
            .ToList();

        var gridColumns = body.Columns.Select((c, i) => new GridColumn(c.X0, c.X1, c.Role, body.Paths[i])).ToList();
        var grid = new TableGrid(page, region.Box, gridColumns, body.HeaderCells, rows, region.RuledBox is not null, [(page, region.Box)]);
        grid = InlineNotes.Split(sideColumn.Split(grid), body.Notes);
        return IsBudgetTable(grid) ? grid : null;
    }

    /// <summary>
    /// The region's header read into columns and its body lines, which the rows are made of (inline notes lifted out, so
    /// they join no row); null when it has no figures.
    /// </summary>
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
            .SelectMany(l => l.Line.Segments.Where((_, i) => l.NumericSegments[i] && !IsLeadingCode(l, i)))
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
        var (rowLines, notes) = InlineNotes.Lift(body, allColumns);
        return new TableBody(rowLines, notes, allColumns, headerCells, paths, tableX0, tableX1);
    }

    /// <summary>
    /// A number printed first on a line with text after it is the row's code ("3 Leasing 8.376"), not a figure: it does
    /// not widen the span of the figures, over which text above the body is a header.
    /// </summary>
    private static bool IsLeadingCode(LineProfile line, int segment) => segment == 0 && line.NumericSegments.Skip(1).Any(n => !n);

    /// <summary>
    /// A budget table has a labelled row with a value, and, when it has a header, a number column whose header
    /// names a measure or a year, a number column every figure of which prints its unit (without a header, such a
    /// column makes a list of amounts, not a table), or a ruled grid with a heading over every number column. Chart
    /// ticks and legends fail this: they have no labels or no such header.
    /// </summary>
    private bool IsBudgetTable(TableGrid grid)
    {
        var label = grid.LabelColumn;
        var numbers = Enumerable.Range(0, grid.Columns.Count).Where(i => grid.Columns[i].Role == ColumnRole.Number).ToList();
        var labelledValue = label >= 0 && grid.Rows.Any(r =>
            !r.Cells[label].IsBlank && numbers.Any(i => figures.IsFigure(r.Cells[i].Text) || DanishNumber.Parse(r.Cells[i].Text).Kind == NumberKind.Placeholder));
        if (!labelledValue)
        {
            return false;
        }

        // Figures that each print their unit ("1.370.000 kr.") say what the column holds whatever its heading says
        // ("Beløb"): a heading the vocabulary does not know is typed unknown and counts as a doubt.
        var unitInCells = numbers.Any(i => grid.Rows.Select(r => r.Cells[i]).Where(c => !c.IsBlank).ToList() is { Count: > 0 } printed
            && printed.All(c => units.Find(c.Text) is not null));
        if (!grid.HasHeader)
        {
            // Items each with an amount and its unit and no header over them ("Tre årsværk  1.8 mio. kr.") are a list
            // of amounts in the text, which the structure stage reads, not a table.
            return !unitInCells;
        }

        // So does a ruled grid drawn around the figures with a heading over each of their columns; an unknown heading
        // is a doubt there too.
        var headedGrid = grid.IsRuled && numbers.All(i => grid.Columns[i].Header.Any(h => !string.IsNullOrWhiteSpace(h)));
        return unitInCells || headedGrid || numbers.Any(i =>
        {
            var column = parser.Parse(grid.Columns[i].Header, null);
            return column.Measure != Measure.Unknown || column.Year is not null;
        });
    }
}
