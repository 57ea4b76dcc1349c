namespace Extraction.Core.Reading;

/// <summary>
/// The seam between the pipeline and a PDF library. Stages only see <see cref="DocumentText"/>; another library can be
/// put behind this interface without touching them. Implementations throw <see cref="DocumentReadException"/> for
/// any input they cannot read.
/// </summary>
public interface IDocumentReader
{
    DocumentText Read(string path);
}
