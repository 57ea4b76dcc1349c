using Extraction.Document.Numbers;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables.Figures;
using Extraction.Pipeline.Tables.General;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Tables stage: finds every table of a document from geometry, page by page: tables of figures, then tables of text,
/// then general tables. A region that is a chart or figure (<see cref="PageFigures"/>) is none of them, and its lines are
/// not offered to the detectors that come after.
/// </summary>
public sealed class TableDetector
{
    private readonly TableRegionFinder regions;
    private readonly TableGridBuilder builder;
    private readonly TextTableFinder textTables;
    private readonly GeneralTableFinder generalTables;
    private readonly FigureSigns figures;

    /// <param name="options">Table detection options.</param>
    /// <param name="layout">Layout options (hyphenation, for joining cell lines).</param>
    /// <param name="columns">Column vocabularies.</param>
    /// <param name="numbers">Number and unit options.</param>
    /// <param name="captionPatterns">Caption patterns: a table of text starts under a caption.</param>
    /// <param name="figureCaptionPatterns">Figure caption patterns: a region under a figure caption is no table.</param>
    public TableDetector(
        TableOptions options,
        LayoutOptions layout,
        ColumnOptions columns,
        NumberOptions numbers,
        IReadOnlyList<string> captionPatterns,
        IReadOnlyList<string> figureCaptionPatterns)
    {
        regions = new TableRegionFinder(options, numbers);
        builder = new TableGridBuilder(options, layout.Hyphenation, new ColumnHeaderParser(columns, numbers), numbers);
        textTables = new TextTableFinder(options, layout, captionPatterns, NumberConventionDecision.For(numbers));
        generalTables = new GeneralTableFinder(options);
        figures = new FigureSigns(options.Figures, figureCaptionPatterns, captionPatterns, options.ColumnJoinTolerance);
    }

    public IReadOnlyList<TableGrid> Detect(DocumentLayout layout)
    {
        var tables = new List<TableGrid>();
        IReadOnlyList<string>? continued = null;
        foreach (var page in layout.Pages)
        {
            var onPageFigures = figures.On(page);
            var numeric = regions.Find(page).Select(r => builder.Build(r, page.Number) ?? FootHeader.Of(r, page)).OfType<TableGrid>().ToList();
            var charts = numeric.Where(g => onPageFigures.Covers(g.Box)).ToList();
            numeric = numeric.Except(charts).ToList();
            var text = textTables.Find(page, numeric.Concat(charts).Select(g => g.Box).ToList(), continued).ToList();
            charts.AddRange(text.Where(g => onPageFigures.Covers(g.Box)));
            var onPage = numeric.Concat(text.Except(charts)).OrderBy(g => g.Box.Y0).ToList();
            continued = onPage.LastOrDefault() is { Kind: TableKind.Text } last ? last.Columns.Select(c => c.Header[0]).ToList() : null;
            tables.AddRange(generalTables.Complete(page, onPage, onPageFigures, charts.Select(g => g.Box).ToList()));
        }

        return tables;
    }
}
