using Extraction.Document.Numbers;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables.General;

namespace Extraction.Pipeline.Tables;

/// <summary>Tables stage: finds every table of a document from geometry, page by page: tables of figures, then tables of text.</summary>
public sealed class TableDetector
{
    private readonly TableRegionFinder regions;
    private readonly TableGridBuilder builder;
    private readonly TextTableFinder textTables;
    private readonly GeneralTableFinder generalTables;

    /// <param name="options">Table detection options.</param>
    /// <param name="layout">Layout options (hyphenation, for joining cell lines).</param>
    /// <param name="columns">Column vocabularies.</param>
    /// <param name="numbers">Number and unit options.</param>
    /// <param name="captionPatterns">Caption patterns: a table of text starts under a caption.</param>
    public TableDetector(TableOptions options, LayoutOptions layout, ColumnOptions columns, NumberOptions numbers, IReadOnlyList<string> captionPatterns)
    {
        regions = new TableRegionFinder(options, numbers);
        builder = new TableGridBuilder(options, layout.Hyphenation, new ColumnHeaderParser(columns, numbers), numbers);
        textTables = new TextTableFinder(options, layout, captionPatterns, NumberConventionDecision.For(numbers));
        generalTables = new GeneralTableFinder(options);
    }

    public IReadOnlyList<TableGrid> Detect(DocumentLayout layout)
    {
        var tables = new List<TableGrid>();
        IReadOnlyList<string>? continued = null;
        foreach (var page in layout.Pages)
        {
            var numeric = regions.Find(page).Select(r => builder.Build(r, page.Number) ?? FootHeader.Of(r, page)).OfType<TableGrid>().ToList();
            var text = textTables.Find(page, numeric.Select(g => g.Box).ToList(), continued);
            var onPage = numeric.Concat(text).OrderBy(g => g.Box.Y0).ToList();
            continued = onPage.LastOrDefault() is { Kind: TableKind.Text } last ? last.Columns.Select(c => c.Header[0]).ToList() : null;
            tables.AddRange(generalTables.Complete(page, onPage));
        }

        return tables;
    }
}
