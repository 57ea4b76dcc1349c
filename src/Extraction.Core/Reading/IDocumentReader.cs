namespace Extraction.Core.Reading;

/// <summary>
/// The seam between the pipeline and a PDF library. Stages only see <see cref="DocumentText"/>; another library can be
/// put behind this interface without touching them. Implementations throw <see cref="DocumentReadException"/> for
/// any input they cannot read.
/// </summary>
public interface IDocumentReader
{
    DocumentText Read(string path);

    /// <summary>
    /// Reads a document whose bytes the caller already holds (a batch reads each file once, to hash it and parse the
    /// same bytes). Implementations should stop with <see cref="OperationCanceledException"/> between pages once
    /// <paramref name="cancellation"/> is cancelled; the default reads <paramref name="path"/> again and cannot.
    /// </summary>
    DocumentText Read(string path, byte[] content, CancellationToken cancellation) => Read(path);
}
