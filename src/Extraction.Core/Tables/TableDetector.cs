using Extraction.Core.Columns;
using Extraction.Core.Layout;
using Extraction.Core.Numbers;

namespace Extraction.Core.Tables;

/// <summary>Tables stage: finds every table of a document from geometry, page by page: tables of figures, then tables of text.</summary>
public sealed class TableDetector
{
    private readonly TableRegionFinder regions;
    private readonly TableGridBuilder builder;
    private readonly TextTableFinder textTables;

    public TableDetector(TableOptions options, LayoutOptions layout, ColumnOptions columns, NumberOptions numbers)
    {
        regions = new TableRegionFinder(options, numbers);
        builder = new TableGridBuilder(options, layout.Hyphenation, new ColumnHeaderParser(columns, numbers), numbers);
        textTables = new TextTableFinder(options, layout.Hyphenation);
    }

    public IReadOnlyList<TableGrid> Detect(DocumentLayout layout) =>
        layout.Pages
            .SelectMany(page =>
            {
                var numeric = regions.Find(page).Select(r => builder.Build(r, page.Number)).OfType<TableGrid>().ToList();
                var text = textTables.Find(page, numeric.Select(g => g.Box).ToList());
                return numeric.Concat(text).OrderBy(g => g.Box.Y0);
            })
            .ToList();
}
