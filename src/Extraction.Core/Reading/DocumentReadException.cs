namespace Extraction.Core.Reading;

/// <summary>A document could not be read. <see cref="Code"/> is stable (e.g. <c>NotAPdf</c>, <c>PasswordRequired</c>).</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public string Code { get; }
}
