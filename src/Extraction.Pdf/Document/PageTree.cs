using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>
/// Finds pages in the page tree (ISO 32000-1 §7.7.3) without loading the rest: descends by /Count, remembering per
/// node how many pages come before each kid looked at so far (so reading a flat tree page after page stays linear),
/// and falls back to a full walk when the counts are wrong. Inherited Resources, MediaBox, CropBox and Rotate are
/// applied on the way down. Nodes are tracked by object number, never by instance: the object cache may hand out a
/// fresh copy of a node, and a cyclic tree must still end. A node that cannot be read is replaced by the nodes that
/// name it as their /Parent, and a tree that leads to no page at all by every page in the file, as a reader rebuilding
/// a damaged file would; counts are not trusted past a missing node.
/// </summary>
internal sealed class PageTree
{
    private const int MaxTreeDepth = 1024;

    private static readonly double[] LetterSize = [0, 0, 612, 792];

    private readonly IObjectResolver resolver;
    private readonly OrphanedPageNodes orphans;
    private readonly Action<string> repaired;
    private readonly PdfObject rootValue;
    private readonly Dictionary<ObjectId, List<int>> pagesBeforeKid = new();
    private List<(PdfObject Leaf, Inherited Parent)>? walked;

    /// <param name="catalog">The document catalog.</param>
    /// <param name="resolver">Resolves the tree's references.</param>
    /// <param name="maxPages">An upper bound on real pages (the number of objects): a larger /Count is not believed.</param>
    /// <param name="orphans">The file's page nodes by parent, for mending a tree with a missing node.</param>
    /// <param name="repaired">Told what was mended.</param>
    public PageTree(PdfDictionary catalog, IObjectResolver resolver, int maxPages, OrphanedPageNodes orphans, Action<string> repaired)
    {
        this.resolver = resolver;
        this.orphans = orphans;
        this.repaired = repaired;
        rootValue = catalog["Pages"] ?? PdfDictionary.Empty;
        var root = Root;
        var declared = root.GetInt("Count", resolver) ?? -1;
        Count = declared > 0 && declared <= maxPages && FindByCount(1) is not null ? declared : Walk().Count;
    }

    /// <summary>Pages in the document: the root's /Count, or the pages actually found when the counts prove wrong.</summary>
    public int Count { get; private set; }

    private PdfDictionary Root => resolver.Resolve(rootValue) as PdfDictionary ?? PdfDictionary.Empty;

    public PageNode Get(int number)
    {
        if (number < 1 || number > Count)
        {
            throw new PdfReadException(PdfErrorCode.PageOutOfRange, $"Page {number} does not exist; the document has {Count} pages.");
        }

        if (walked is null && FindByCount(number) is { } found)
        {
            return found;
        }

        var leaves = Walk();
        Count = leaves.Count;
        if (number > leaves.Count)
        {
            throw new PdfReadException(PdfErrorCode.PageOutOfRange, $"Page {number} does not exist; the page tree holds only {leaves.Count} pages.");
        }

        var (leaf, parent) = leaves[number - 1];
        var page = resolver.Resolve(leaf) as PdfDictionary ?? PdfDictionary.Empty;
        return Inherited.From(page, resolver, parent).Leaf(page);
    }

    private PageNode? FindByCount(int number)
    {
        var node = Root;
        var nodeId = (rootValue as PdfReference)?.Id;
        var inherited = Inherited.From(node, resolver, Inherited.Default);
        var remaining = number;
        var path = new HashSet<ObjectId>();
        for (var depth = 0; depth < MaxTreeDepth; depth++)
        {
            if (nodeId is { } id && !path.Add(id))
            {
                // A node that contains itself: the counts cannot be trusted; the walk visits each node once.
                return null;
            }

            var kids = node.Get<PdfArray>("Kids", resolver);
            if (kids is null)
            {
                return remaining == 1 && depth > 0 ? inherited.Leaf(node) : null;
            }

            var (index, before) = Locate(nodeId, kids, remaining);
            if (index < 0 || resolver.Resolve(kids[index]) is not PdfDictionary kid)
            {
                return null;
            }

            remaining -= before;
            inherited = Inherited.From(kid, resolver, inherited);
            if (kid["Kids"] is null)
            {
                return remaining == 1 ? inherited.Leaf(kid) : null;
            }

            node = kid;
            nodeId = (kids[index] as PdfReference)?.Id;
        }

        return null;
    }

    /// <summary>The kid holding the <paramref name="target"/>-th page below a node, and how many pages precede that kid.</summary>
    private (int Index, int Before) Locate(ObjectId? nodeId, PdfArray kids, int target)
    {
        // before[i] = pages in kids[0..i); extended only as far as a request needs.
        List<int> before;
        if (nodeId is not { } id)
        {
            before = [0];
        }
        else if (!pagesBeforeKid.TryGetValue(id, out before!))
        {
            before = [0];
            pagesBeforeKid[id] = before;
        }

        while (before.Count <= kids.Count && before[^1] < target)
        {
            if (PagesUnder(kids[before.Count - 1]) is not { } under)
            {
                // A kid that cannot be read hides how many pages it held: no later page can be found by counting.
                return (-1, 0);
            }

            before.Add((int)Math.Min(int.MaxValue, (long)before[^1] + under));
        }

        // The first kid whose pages reach the target.
        var low = 0;
        var high = before.Count - 2;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (before[middle + 1] < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low < before.Count - 1 && before[low] < target ? (low, before[low]) : (-1, 0);
    }

    private int? PagesUnder(PdfObject kidValue) => resolver.Resolve(kidValue) switch
    {
        PdfDictionary kid when kid["Kids"] is null => 1,
        PdfDictionary node => Math.Max(0, node.GetInt("Count", resolver) ?? 0),
        _ when kidValue is PdfReference => null,
        _ => 0,
    };

    /// <summary>Every leaf in document order, with the attributes its parent passes down (leaves themselves are not kept).</summary>
    private List<(PdfObject Leaf, Inherited Parent)> Walk()
    {
        if (walked is not null)
        {
            return walked;
        }

        walked = new List<(PdfObject, Inherited)>();
        var visited = new HashSet<ObjectId>();
        var stack = new Stack<(PdfObject Value, Inherited Parent)>();
        stack.Push((rootValue, Inherited.Default));
        while (stack.Count > 0)
        {
            var (value, parent) = stack.Pop();
            if (value is PdfReference reference && !visited.Add(reference.Id))
            {
                continue;
            }

            if (resolver.Resolve(value) is not PdfDictionary node)
            {
                if (value is PdfReference missing)
                {
                    PushOrphans(missing.Id, parent, stack);
                }

                continue;
            }

            var kids = node.Get<PdfArray>("Kids", resolver);
            if (kids is null)
            {
                if (!ReferenceEquals(value, rootValue))
                {
                    walked.Add((value, parent));
                }

                continue;
            }

            var attributes = Inherited.From(node, resolver, parent);
            for (var i = kids.Count - 1; i >= 0; i--)
            {
                stack.Push((kids[i], attributes));
            }
        }

        if (walked.Count == 0 && orphans.AllPages() is { Count: > 0 } pages)
        {
            repaired($"The page tree leads to no page; took the file's {pages.Count} page objects in object-number order.");
            walked.AddRange(pages.Select(id => ((PdfObject)new PdfReference(id), Inherited.Default)));
        }

        return walked;
    }

    /// <summary>Stands in for a page tree node that cannot be read: the nodes that name it as their parent.</summary>
    private void PushOrphans(ObjectId missing, Inherited parent, Stack<(PdfObject Value, Inherited Parent)> stack)
    {
        var kids = orphans.KidsOf(missing.Number);
        if (kids.Count == 0)
        {
            return;
        }

        repaired($"Page tree node {missing} cannot be read; took the {kids.Count} nodes that name it as their parent in its place.");
        for (var i = kids.Count - 1; i >= 0; i--)
        {
            stack.Push((new PdfReference(kids[i]), parent));
        }
    }

    private sealed record Inherited(PdfDictionary Resources, double[] MediaBox, double[]? CropBox, int Rotate)
    {
        public static readonly Inherited Default = new(PdfDictionary.Empty, LetterSize, null, 0);

        public static Inherited From(PdfDictionary node, IObjectResolver resolver, Inherited parent) => new(
            node.Get<PdfDictionary>("Resources", resolver) ?? parent.Resources,
            Box(node.GetNumbers("MediaBox", resolver)) ?? parent.MediaBox,
            Box(node.GetNumbers("CropBox", resolver)) ?? parent.CropBox,
            node.GetInt("Rotate", resolver) ?? parent.Rotate);

        public PageNode Leaf(PdfDictionary page) => new(page, Resources, MediaBox, CropBox, Rotate);

        private static double[]? Box(double[]? values) =>
            values is { Length: 4 } && values[2] - values[0] != 0 && values[3] - values[1] != 0
                ? [Math.Min(values[0], values[2]), Math.Min(values[1], values[3]), Math.Max(values[0], values[2]), Math.Max(values[1], values[3])]
                : null;
    }
}
