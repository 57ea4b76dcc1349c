namespace Extraction.Document;

/// <summary>
/// The seam between the pipeline and a PDF library. Stages only see <see cref="DocumentText"/>; another library can be
/// put behind this interface without touching them. Implementations throw <see cref="DocumentReadException"/> for
/// any input they cannot read, and nothing else for a damaged file.
/// </summary>
public interface IDocumentReader
{
    /// <summary>
    /// The back end and its build; part of what a stored result was made from. By default the reader's type and the
    /// build of its assembly.
    /// </summary>
    ReaderIdentity Identity => new(GetType().FullName ?? GetType().Name, GetType().Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    DocumentText Read(string path);

    /// <summary>
    /// Reads only the pages in <paramref name="pages"/> (<see cref="DocumentText.PageCount"/> still counts them all);
    /// the default reads every page.
    /// </summary>
    DocumentText Read(string path, PageRange pages) => Read(path);

    /// <summary>
    /// Reads a document whose bytes the caller already holds (a batch reads each file once, to hash it and parse the
    /// same bytes). Implementations should stop with <see cref="OperationCanceledException"/> soon after
    /// <paramref name="cancellation"/> is cancelled; the default reads <paramref name="path"/> again and cannot.
    /// </summary>
    DocumentText Read(string path, byte[] content, CancellationToken cancellation) => Read(path);

    /// <summary>
    /// Reads a document that has a password of its own (a batch manifest's <c>password</c> column), which takes the
    /// place of the reader's. The default ignores it: a reader without password support reports
    /// <see cref="ReadErrorCode.PasswordRequired"/> for an encrypted file, as it would without one.
    /// </summary>
    DocumentText Read(string path, byte[] content, string? password, CancellationToken cancellation) => Read(path, content, cancellation);
}
