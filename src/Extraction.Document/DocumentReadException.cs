namespace Extraction.Document;

/// <summary>A document could not be read; <see cref="Code"/> says why in terms every reader shares.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(ReadErrorCode code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public ReadErrorCode Code { get; }
}
