using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>
/// Finds pages in the page tree (ISO 32000-1 §7.7.3) without loading the rest: descends by /Count, and falls back to
/// a full walk when the counts are wrong. Inherited Resources, MediaBox, CropBox and Rotate are applied on the way down.
/// </summary>
internal sealed class PageTree
{
    private static readonly double[] LetterSize = [0, 0, 612, 792];

    private readonly IObjectResolver resolver;
    private readonly PdfDictionary root;
    private List<PageNode>? walked;

    public PageTree(PdfDictionary catalog, IObjectResolver resolver)
    {
        this.resolver = resolver;
        root = catalog.Get<PdfDictionary>("Pages", resolver) ?? PdfDictionary.Empty;
        var declared = root.GetInt("Count", resolver) ?? -1;
        Count = declared > 0 && FindByCount(declared) is not null && FindByCount(1) is not null ? declared : Walk().Count;
    }

    public int Count { get; }

    public PageNode Get(int number)
    {
        if (number < 1 || number > Count)
        {
            throw new PdfReadException(PdfErrorCode.PageOutOfRange, $"Page {number} does not exist; the document has {Count} pages.");
        }

        return walked is not null ? walked[number - 1] : FindByCount(number) ?? Walk()[number - 1];
    }

    private PageNode? FindByCount(int number)
    {
        var node = root;
        var inherited = Inherited.From(root, resolver, Inherited.Default);
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var remaining = number;
        while (visited.Add(node))
        {
            var kids = node.Get<PdfArray>("Kids", resolver);
            if (kids is null)
            {
                return remaining == 1 && node != root ? inherited.Leaf(node) : null;
            }

            PdfDictionary? next = null;
            foreach (var kidObject in kids)
            {
                if (resolver.Resolve(kidObject) is not PdfDictionary kid)
                {
                    continue;
                }

                var isLeaf = kid["Kids"] is null;
                var size = isLeaf ? 1 : kid.GetInt("Count", resolver) ?? 0;
                if (remaining <= size)
                {
                    next = kid;
                    break;
                }

                remaining -= size;
            }

            if (next is null)
            {
                return null;
            }

            inherited = Inherited.From(next, resolver, inherited);
            if (next["Kids"] is null)
            {
                return remaining == 1 ? inherited.Leaf(next) : null;
            }

            node = next;
        }

        return null;
    }

    private List<PageNode> Walk()
    {
        if (walked is not null)
        {
            return walked;
        }

        walked = new List<PageNode>();
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(PdfDictionary Node, Inherited Attributes)>();
        stack.Push((root, Inherited.From(root, resolver, Inherited.Default)));
        while (stack.Count > 0)
        {
            var (node, attributes) = stack.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            var kids = node.Get<PdfArray>("Kids", resolver);
            if (kids is null)
            {
                if (node != root)
                {
                    walked.Add(attributes.Leaf(node));
                }

                continue;
            }

            for (var i = kids.Count - 1; i >= 0; i--)
            {
                if (resolver.Resolve(kids[i]) is PdfDictionary kid)
                {
                    stack.Push((kid, Inherited.From(kid, resolver, attributes)));
                }
            }
        }

        return walked;
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
