using Extraction.Core.Layout;
using Extraction.Core.Reading;
using Extraction.Core.Tables;

namespace Extraction.Core.Structure;

/// <summary>
/// Merges a document's text blocks (in reading order) with its tables, each table placed before the first block that
/// starts below its top; blocks inside a table are left out.
/// </summary>
internal static class ElementStream
{
    private const double Tolerance = 2.0;

    public static List<StructureElement> Build(DocumentLayout layout, IReadOnlyList<TableGrid> tables)
    {
        var elements = new List<StructureElement>();
        foreach (var page in layout.Pages)
        {
            var onPage = tables
                .Select((t, i) => (Table: t, Index: i))
                .Where(t => t.Table.Page == page.Number)
                .OrderBy(t => t.Table.Box.Y0)
                .ToList();
            var next = 0;
            foreach (var block in page.Blocks)
            {
                if (onPage.Any(t => Inside(block.Box, t.Table.Box)))
                {
                    continue;
                }

                while (next < onPage.Count && onPage[next].Table.Box.Y0 <= block.Box.Y0)
                {
                    elements.Add(TableElement(page.Number, onPage[next].Table, onPage[next].Index));
                    next++;
                }

                elements.Add(new StructureElement(page.Number, block, null, block.Box.Y0, block.Box.Y1));
            }

            for (; next < onPage.Count; next++)
            {
                elements.Add(TableElement(page.Number, onPage[next].Table, onPage[next].Index));
            }
        }

        return elements;
    }

    private static StructureElement TableElement(int page, TableGrid table, int index) =>
        new(page, null, index, table.Box.Y0, table.Box.Y1);

    private static bool Inside(Box block, Box table) =>
        block.CenterX >= table.X0 - Tolerance && block.CenterX <= table.X1 + Tolerance
        && block.CenterY >= table.Y0 - Tolerance && block.CenterY <= table.Y1 + Tolerance;
}
