using Extraction.Pdf.Objects;

namespace Extraction.Pdf.CrossReference;

/// <summary>The merged cross-reference data of a file: newest entry per object number, and the merged trailer.</summary>
public sealed class CrossReferenceTable
{
    public CrossReferenceTable(IReadOnlyDictionary<int, XrefEntry> entries, PdfDictionary trailer, bool wasRecovered, ObjectId? catalogCandidate = null)
    {
        Entries = entries;
        Trailer = trailer;
        WasRecovered = wasRecovered;
        CatalogCandidate = catalogCandidate;
    }

    public IReadOnlyDictionary<int, XrefEntry> Entries { get; }

    public PdfDictionary Trailer { get; }

    /// <summary>True when the table was rebuilt by scanning the file rather than read from it.</summary>
    public bool WasRecovered { get; }

    /// <summary>For a rebuilt table: the last object that looks like a document catalog, for when the trailer's /Root does not.</summary>
    public ObjectId? CatalogCandidate { get; }
}
