using Extraction.Pdf.Objects;

namespace Extraction.Pdf.CrossReference;

/// <summary>A resolver for contexts where indirect references are not allowed (xref streams): every reference is null.</summary>
internal sealed class DirectObjectsOnly : IObjectResolver
{
    public static readonly DirectObjectsOnly Instance = new();

    public PdfObject Resolve(ObjectId id) => PdfNull.Instance;
}
