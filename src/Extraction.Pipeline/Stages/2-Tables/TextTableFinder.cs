using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Finds tables of text: under a caption ("Tabel 1. …"), or at the top of a page continuing the previous page's, a
/// header line of short bold cells ("Område", "Investeringsbehov") whose left edges start the columns, and the lines
/// below it that keep to those columns. A row starts where the first column has text again
/// after lines without it, or at a rule across the table. Prose, headings and captions start left of the first column
/// or run across a column start, and end the table, as does a line ending in figures. The first column holds short
/// labels and the others paragraphs that wrap: one-line cells (a form's title box) or prose in every column (a page
/// set in columns under bold headings) are not a table of text.
/// </summary>
internal sealed class TextTableFinder
{
    private readonly TableOptions options;
    private readonly TextTableOptions text;
    private readonly TextCellWriter cells;
    private readonly PatternSet captions;
    private readonly NumberConventionDecision figures;

    /// <param name="captionPatterns">Caption patterns (pipeline.json <c>structure.caption_patterns</c>): a table of text starts under a caption.</param>
    /// <param name="figures">The number conventions a table may print in: a line ending in a figure in one of them belongs to a table of figures.</param>
    public TextTableFinder(TableOptions options, LayoutOptions layout, IReadOnlyList<string> captionPatterns, NumberConventionDecision figures)
    {
        this.figures = figures;
        this.options = options;
        text = options.TextTables;
        cells = new TextCellWriter(text, layout);
        captions = new PatternSet(captionPatterns);
    }

    /// <param name="page">The page.</param>
    /// <param name="taken">Boxes of the page's tables of figures.</param>
    /// <param name="continued">The header of the table of text the previous page ended with, if any: the same header at the top of this page continues it.</param>
    public IReadOnlyList<TableGrid> Find(PageLayout page, IReadOnlyList<Box> taken, IReadOnlyList<string>? continued)
    {
        if (!text.Enabled)
        {
            return [];
        }

        var lines = page.Lines.Where(l => !taken.Any(t => t.ContainsCentreOf(l.Box))).ToList();
        var rules = new Lazy<List<Ruling>>(() => RulingGeometry.Merge(page.Rulings, options.RulingTolerance).Where(r => r.IsHorizontal).ToList());
        var tables = new List<TableGrid>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsHeader(lines[i]) || !(UnderCaption(lines, i) || (i == 0 && continued is not null && lines[i].Segments.Select(x => x.Text).SequenceEqual(continued))))
            {
                continue;
            }

            var header = lines[i];
            var starts = header.Segments.Select(s => s.Box.X0).ToList();
            var body = new List<TextLine>();
            var previous = header;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var line = lines[j];
                if (line.Box.Y0 - previous.Box.Y1 > options.MaxRowGapEm * line.FontSize || !Fits(line, starts))
                {
                    break;
                }

                body.Add(line);
                previous = line;
            }

            if (Build(page.Number, header, body, starts, rules.Value) is { } table)
            {
                tables.Add(table);
                i += body.Count;
            }
        }

        return tables;
    }

    /// <summary>The line above is a caption ("Tabel 1. Foreløbige investeringsbehov"), set close over the header.</summary>
    private bool UnderCaption(List<TextLine> lines, int header) =>
        text.RequireCaption is false
        || (header > 0
            && lines[header].Box.Y0 - lines[header - 1].Box.Y1 <= options.MaxHeaderGapEm * lines[header].FontSize
            && captions.IsMatch(lines[header - 1].Text));

    private bool IsHeader(TextLine line) =>
        line.Segments.Count >= 2
        && line.Segments.All(s => s.IsBold && s.Text.Any(char.IsLetter) && !LineProfile.IsNumeric(s, figures))
        && line.Segments.All(s => s.Words.Count <= text.HeaderMaxWords);

    /// <summary>
    /// Every segment starts inside the table and none runs across the start of a later column; a line ending in figures
    /// belongs to a table of figures.
    /// </summary>
    private bool Fits(TextLine line, List<double> starts) =>
        !LineProfile.IsNumeric(line.Segments[^1], figures)
        && line.Segments.All(s =>
            s.Box.X0 >= starts[0] - text.ColumnTolerance
            && !starts.Skip(1).Any(x => s.Box.X0 < x - text.ColumnTolerance && s.Box.X1 > x + text.ColumnTolerance));

    private TableGrid? Build(int page, TextLine header, List<TextLine> body, List<double> starts, List<Ruling> rules)
    {
        var x0 = Math.Min(header.Box.X0, body.Select(l => l.Box.X0).DefaultIfEmpty(header.Box.X0).Min());
        var x1 = Math.Max(header.Box.X1, body.Select(l => l.Box.X1).DefaultIfEmpty(header.Box.X1).Max());
        var rows = Rows(body, starts, rules.Where(r => r.Box.Width >= options.RowRuleMinWidthRatio * (x1 - x0)).Select(r => r.Position).ToList());
        // Cells of paragraphs beside short labels: a text column wraps somewhere, and no label runs to prose (a page set
        // in columns under bold headings is not a table).
        var wraps = rows.Any(r => r.Where(p => p.Column > 0).GroupBy(p => p.Column).Any(g => g.Select(p => p.Line).Distinct().Count() > 1));
        var shortLabels = rows.All(r => r.Where(p => p.Column == 0).Sum(p => p.Segment.Words.Count) <= text.LabelMaxWords);
        if (!wraps || !shortLabels)
        {
            return null;
        }

        var columns = starts.Select((start, k) => new GridColumn(
            start,
            body.SelectMany(l => l.Segments).Where(s => ColumnOf(s, starts) == k).Select(s => s.Box.X1).DefaultIfEmpty(header.Segments[k].Box.X1).Max(),
            k == 0 ? ColumnRole.Label : ColumnRole.Text,
            [header.Segments[k].Text])).ToList();
        var gridRows = rows.Select(r => new GridRow(
            page,
            Box.Enclosing(r.Select(p => p.Segment.Box)),
            Enumerable.Range(0, starts.Count).Select(k => cells.Cell(r.Where(p => p.Column == k).ToList())).ToList())).ToList();
        var box = new Box(x0, header.Box.Y0, x1, body[^1].Box.Y1);
        return new TableGrid(
            page,
            box,
            columns,
            header.Segments.Select((s, k) => new HeaderCell(s.Text, 0, k, 1, 1, s.Box)).ToList(),
            gridRows,
            rules.Count > 0,
            [(page, box)])
        {
            Kind = TableKind.Text,
        };
    }

    /// <summary>Body lines split into rows, each a list of (line, column, segment) in reading order.</summary>
    private List<List<(int Line, int Column, TextSegment Segment)>> Rows(List<TextLine> body, List<double> starts, List<double> rules)
    {
        var rows = new List<List<(int Line, int Column, TextSegment Segment)>>();
        var previousHadLabel = false;
        for (var l = 0; l < body.Count; l++)
        {
            var line = body[l];
            var pieces = line.Segments.Select(s => (Line: l, Column: ColumnOf(s, starts), Segment: s)).ToList();
            var hasLabel = pieces.Any(p => p.Column == 0);
            var ruled = l > 0 && rules.Any(y => y > body[l - 1].Box.Y1 - options.RulingTolerance && y < line.Box.Y0 + options.RulingTolerance);
            if (rows.Count == 0 || ruled || (hasLabel && !previousHadLabel))
            {
                rows.Add([]);
            }

            rows[^1].AddRange(pieces);
            previousHadLabel = hasLabel;
        }

        return rows;
    }

    private int ColumnOf(TextSegment segment, List<double> starts)
    {
        var column = 0;
        for (var k = 1; k < starts.Count; k++)
        {
            if (segment.Box.X0 >= starts[k] - text.ColumnTolerance)
            {
                column = k;
            }
        }

        return column;
    }
}
