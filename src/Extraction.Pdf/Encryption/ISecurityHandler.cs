using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Encryption;

/// <summary>Decrypts the strings and streams of an encrypted document (ISO 32000-1 §7.6).</summary>
public interface ISecurityHandler
{
    byte[] DecryptString(byte[] data, ObjectId owner);

    byte[] DecryptStream(ReadOnlySpan<byte> data, ObjectId owner, PdfDictionary streamDictionary);
}
