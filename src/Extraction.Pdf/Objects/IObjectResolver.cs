namespace Extraction.Pdf.Objects;

/// <summary>Turns indirect references into the objects they name. Missing or unreadable objects resolve to <see cref="PdfNull"/>, as the specification requires.</summary>
public interface IObjectResolver
{
    PdfObject Resolve(ObjectId id);
}
