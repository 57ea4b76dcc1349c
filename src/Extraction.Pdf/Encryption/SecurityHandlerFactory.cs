using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Encryption;

/// <summary>Chooses the security handler named by the trailer's /Encrypt dictionary and authenticates the password.</summary>
internal static class SecurityHandlerFactory
{
    /// <summary>
    /// Tries the given password as user and as owner password, then the empty password (which opens most encrypted
    /// files: they restrict use, not reading).
    /// </summary>
    public static StandardSecurityHandler Create(PdfDictionary encrypt, PdfArray? fileId, string? password, IObjectResolver resolver)
    {
        var encryption = EncryptionDictionary.Read(encrypt, resolver);
        var documentId = fileId?.Get<PdfString>(0, resolver)?.Bytes ?? [];
        var candidates = password is null or "" ? new[] { string.Empty } : [password, string.Empty];
        foreach (var candidate in candidates)
        {
            if (Authenticate(candidate, encryption, documentId) is { } fileKey)
            {
                return new StandardSecurityHandler(fileKey, encryption, resolver);
            }
        }

        throw new PdfReadException(
            PdfErrorCode.PasswordRequired,
            password is null or "" ? "The document is encrypted and needs a password." : "The password does not open the document.");
    }

    private static byte[]? Authenticate(string password, EncryptionDictionary encryption, byte[] documentId) =>
        encryption.Revision >= 5
            ? Sha2KeyDerivation.AuthenticateUser(password, encryption) ?? Sha2KeyDerivation.AuthenticateOwner(password, encryption)
            : Md5KeyDerivation.AuthenticateUser(password, encryption, documentId)
              ?? Md5KeyDerivation.AuthenticateOwner(password, encryption, documentId);
}
