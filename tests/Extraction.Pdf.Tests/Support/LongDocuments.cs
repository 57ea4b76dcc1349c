using System.Text;

namespace Extraction.Pdf.Tests.Support;

/// <summary>Generated many-page documents: each page shows "Page" and its number, with its own content stream.</summary>
internal static class LongDocuments
{
    /// <summary>
    /// A page tree of intermediate nodes with at most <paramref name="fanOut"/> kids each (as typesetting tools write
    /// them), or with every page directly under the root when <paramref name="fanOut"/> is at least the page count.
    /// </summary>
    public static byte[] Write(int pageCount, int fanOut)
    {
        var writer = new PdfWriter();
        SampleDocuments.WriteToUnicode(writer);
        writer.Object(5, SampleDocuments.Font);
        var next = 10;
        var pages = new List<int>();
        for (var i = 1; i <= pageCount; i++)
        {
            var content = next++;
            var page = next++;
            writer.Stream(content, string.Empty, SampleDocuments.ContentShowing("Page" + i));
            pages.Add(page);
        }

        // Build the tree bottom-up; each node records its kids, then nodes are written once parents are known.
        var level = pages.Select(p => (Number: p, Count: 1, Kids: (List<int>?)null)).ToList();
        var nodes = new List<(int Number, int Count, List<int> Kids)>();
        while (level.Count > 1 || level[0].Kids is null)
        {
            var parents = new List<(int Number, int Count, List<int>? Kids)>();
            foreach (var group in level.Chunk(fanOut))
            {
                var node = (Number: next++, Count: group.Sum(g => g.Count), Kids: group.Select(g => g.Number).ToList());
                nodes.Add(node);
                parents.Add(node);
            }

            level = parents;
        }

        var root = level[0].Number;
        var parentOf = nodes.SelectMany(n => n.Kids.Select(k => (Kid: k, Parent: n.Number))).ToDictionary(x => x.Kid, x => x.Parent);
        for (var i = 0; i < pages.Count; i++)
        {
            writer.Object(pages[i], SampleDocuments.Invariant(
                $"<< /Type /Page /Parent {parentOf[pages[i]]} 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents {pages[i] - 1} 0 R >>"));
        }

        foreach (var (number, count, kids) in nodes)
        {
            var parent = parentOf.TryGetValue(number, out var p) ? SampleDocuments.Invariant($"/Parent {p} 0 R ") : "/MediaBox [0 0 612 792] ";
            var kidList = new StringBuilder();
            foreach (var kid in kids)
            {
                kidList.Append(kid).Append(" 0 R ");
            }

            writer.Object(number, SampleDocuments.Invariant($"<< /Type /Pages {parent}/Kids [{kidList}] /Count {count} >>"));
        }

        writer.Object(1, SampleDocuments.Invariant($"<< /Type /Catalog /Pages {root} 0 R >>"));
        var rows = writer.RowsForWrittenObjects();
        var xref = writer.XrefTable(rows, SampleDocuments.Invariant($"/Size {next} /Root 1 0 R"));
        return writer.StartXref(xref).ToArray();
    }
}
