using Extraction.Core.Columns;
using Extraction.Core.Layout;
using Extraction.Core.Numbers;

namespace Extraction.Core.Tables;

/// <summary>Tables stage: finds every table of a document from geometry, page by page.</summary>
public sealed class TableDetector
{
    private readonly TableRegionFinder regions;
    private readonly TableGridBuilder builder;

    public TableDetector(TableOptions options, LayoutOptions layout, ColumnOptions columns, NumberOptions numbers)
    {
        regions = new TableRegionFinder(options, numbers);
        builder = new TableGridBuilder(options, layout.Hyphenation, new ColumnHeaderParser(columns, numbers), numbers);
    }

    public IReadOnlyList<TableGrid> Detect(DocumentLayout layout) =>
        layout.Pages
            .SelectMany(page => regions.Find(page).Select(r => builder.Build(r, page.Number)))
            .OfType<TableGrid>()
            .ToList();
}
