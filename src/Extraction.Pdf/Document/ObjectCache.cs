using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>
/// Resolved objects kept for reuse, bounded so memory does not grow with the page count. Two generations: when the
/// young one is full it becomes the old one and the previous old one is dropped; a hit in the old generation moves
/// the object back to the young one. Objects every page uses (shared resources, page-tree nodes) stay; per-page
/// objects age out.
/// </summary>
internal sealed class ObjectCache
{
    private readonly int generationSize;
    private Dictionary<ObjectId, PdfObject> young = new();
    private Dictionary<ObjectId, PdfObject> old = new();

    public ObjectCache(int capacity) => generationSize = Math.Max(1, capacity / 2);

    public int Count => young.Count + old.Count;

    public bool TryGet(ObjectId id, out PdfObject value)
    {
        if (young.TryGetValue(id, out value!))
        {
            return true;
        }

        if (!old.Remove(id, out value!))
        {
            return false;
        }

        Add(id, value);
        return true;
    }

    public void Add(ObjectId id, PdfObject value)
    {
        if (young.Count >= generationSize)
        {
            (old, young) = (young, old);
            young.Clear();
        }

        young[id] = value;
    }

    public void Clear()
    {
        young.Clear();
        old.Clear();
    }
}
