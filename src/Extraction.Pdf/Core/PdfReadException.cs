namespace Extraction.Pdf.Core;

/// <summary>The one exception type the reader lets escape: every failure carries a <see cref="PdfErrorCode"/>.</summary>
public sealed class PdfReadException : Exception
{
    public PdfReadException(PdfErrorCode code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public PdfErrorCode Code { get; }
}
