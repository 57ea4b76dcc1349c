using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Merges a document's text blocks (in reading order) with its tables and form elements, each placed before the first
/// block that starts below its top. Text inside a table or form element is left out; a block that runs out of one
/// (a note set close under a table, joined to its last row) keeps only its lines outside.
/// </summary>
internal static class ElementStream
{
    public static List<StructureElement> Build(DocumentLayout layout, IReadOnlyList<TableGrid> tables, IReadOnlyList<FormElement> forms, HyphenationOptions hyphenation, double tolerance)
    {
        var elements = new List<StructureElement>();
        foreach (var page in layout.Pages)
        {
            var onPage = tables
                .Select((t, i) => new StructureElement(page.Number, null, i, t.Box.Y0, t.Box.Y1) { Extent = t.Box })
                .Where(e => tables[e.Table!.Value].Page == page.Number)
                .Concat(forms.Where(f => f.Page == page.Number).Select(f => new StructureElement(page.Number, null, null, f.Box.Y0, f.Box.Y1) { Form = f, Extent = f.Box }))
                .OrderBy(e => e.Top)
                .ToList();
            var next = 0;
            foreach (var whole in page.Blocks)
            {
                var outside = whole.Lines.Where(l => !onPage.Any(e => e.Extent!.Value.ContainsCentreOf(l.Box, tolerance))).ToList();
                if (outside.Count == 0)
                {
                    continue;
                }

                var block = outside.Count == whole.Lines.Count ? whole : new TextBlock(outside, LineJoiner.Join(outside.Select(l => l.Text), hyphenation));

                while (next < onPage.Count && onPage[next].Top <= block.Box.Y0)
                {
                    elements.Add(onPage[next++]);
                }

                elements.Add(new StructureElement(page.Number, block, null, block.Box.Y0, block.Box.Y1));
            }

            elements.AddRange(onPage.Skip(next));
        }

        return elements;
    }
}
