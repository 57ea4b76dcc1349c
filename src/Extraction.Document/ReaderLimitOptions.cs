namespace Extraction.Document;

/// <summary>
/// Bounds a reader back end holds a document to, whatever the file claims (pipeline.json <c>reader_limits</c>). A back
/// end that cannot apply one says so in its documentation.
/// </summary>
public sealed record ReaderLimitOptions
{
    /// <summary>Bytes all of a document's decoded streams (content, fonts, CMaps, images) may add up to.</summary>
    public long MaxDecodedBytesPerDocument { get; init; } = 256L * 1024 * 1024;
}
