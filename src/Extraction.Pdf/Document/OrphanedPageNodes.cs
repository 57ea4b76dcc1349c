using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>
/// The page tree's nodes found without the tree: every page or pages node in the file, by the parent it names. When a
/// node is missing (an object damaged beyond reading), its kids still name it as /Parent, so they can take its place;
/// within one parent they are ordered by the lowest page object number below each, since writers number pages in
/// order more reliably than they nest them. Built on first use only, since it resolves every object of the file.
/// </summary>
internal sealed class OrphanedPageNodes
{
    private readonly IObjectResolver resolver;
    private readonly Func<IEnumerable<ObjectId>> objectIds;
    private Dictionary<int, List<ObjectId>>? byParent;
    private List<ObjectId>? leaves;

    public OrphanedPageNodes(IObjectResolver resolver, Func<IEnumerable<ObjectId>> objectIds)
    {
        this.resolver = resolver;
        this.objectIds = objectIds;
    }

    /// <summary>The nodes whose /Parent is object <paramref name="parent"/>, in object-number order.</summary>
    public IReadOnlyList<ObjectId> KidsOf(int parent)
    {
        Index();
        return byParent!.TryGetValue(parent, out var kids) ? kids : [];
    }

    /// <summary>Every page (leaf) in the file, in object-number order: the last resort when no tree leads to any.</summary>
    public IReadOnlyList<ObjectId> AllPages()
    {
        Index();
        return leaves!;
    }

    private void Index()
    {
        if (byParent is not null)
        {
            return;
        }

        byParent = new Dictionary<int, List<ObjectId>>();
        leaves = new List<ObjectId>();
        foreach (var id in objectIds().OrderBy(id => id.Number))
        {
            if (resolver.Resolve(id) is not PdfDictionary node || Kind(node) is not { } kind)
            {
                continue;
            }

            if (kind == "Page")
            {
                leaves.Add(id);
            }

            if (node["Parent"] is PdfReference parent)
            {
                if (!byParent.TryGetValue(parent.Id.Number, out var kids))
                {
                    kids = new List<ObjectId>();
                    byParent[parent.Id.Number] = kids;
                }

                kids.Add(id);
            }
        }

        var pages = leaves.Select(id => id.Number).ToHashSet();
        var firstPage = new Dictionary<int, int>();
        foreach (var kids in byParent.Values)
        {
            kids.Sort((a, b) => FirstPage(a.Number, pages, firstPage).CompareTo(FirstPage(b.Number, pages, firstPage)));
        }
    }

    /// <summary>The lowest page object number at or below a node (its own number when it holds none); cycles end at the node itself.</summary>
    private int FirstPage(int node, HashSet<int> pages, Dictionary<int, int> known)
    {
        if (known.TryGetValue(node, out var first))
        {
            return first;
        }

        known[node] = node;
        if (pages.Contains(node) || !byParent!.TryGetValue(node, out var kids) || kids.Count == 0)
        {
            return node;
        }

        first = kids.Min(kid => FirstPage(kid.Number, pages, known));
        known[node] = first;
        return first;
    }

    /// <summary>"Page" or "Pages" by /Type, or, when /Type is missing, by the keys only that kind of node has.</summary>
    private string? Kind(PdfDictionary node) => node.GetName("Type", resolver) switch
    {
        "Page" => "Page",
        "Pages" => "Pages",
        null when node["Parent"] is not null && node["Kids"] is not null => "Pages",
        null when node["Parent"] is not null && node["Contents"] is not null => "Page",
        _ => null,
    };
}
