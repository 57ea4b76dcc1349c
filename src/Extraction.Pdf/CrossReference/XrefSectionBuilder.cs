using Extraction.Pdf.Objects;

namespace Extraction.Pdf.CrossReference;

/// <summary>
/// Accumulates xref sections newest first: an entry already present wins over older sections, and trailer keys
/// from the newest trailer win too.
/// </summary>
internal sealed class XrefSectionBuilder
{
    private readonly Dictionary<int, XrefEntry> entries = new();
    private readonly Dictionary<string, PdfObject> trailer = new();

    public int Count => entries.Count;

    public void AddIfAbsent(int objectNumber, XrefEntry entry) => entries.TryAdd(objectNumber, entry);

    public void MergeTrailer(PdfDictionary sectionTrailer)
    {
        foreach (var (key, value) in sectionTrailer.Entries)
        {
            if (key is "Prev" or "XRefStm")
            {
                continue;
            }

            trailer.TryAdd(key, value);
        }
    }

    public CrossReferenceTable Build(bool recovered) => new(entries, new PdfDictionary(trailer), recovered);
}
