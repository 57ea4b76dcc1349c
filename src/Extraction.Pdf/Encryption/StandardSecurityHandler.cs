using System.Security.Cryptography;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Encryption;

/// <summary>
/// Decrypts strings and streams with the file key of the standard security handler: RC4 or AES-128 with a key per
/// object (ISO 32000-1 §7.6.2, algorithm 1), or AES-256 with the file key itself.
/// </summary>
internal sealed class StandardSecurityHandler : ISecurityHandler
{
    private static readonly byte[] AesSalt = "sAlT"u8.ToArray();

    private readonly byte[] fileKey;
    private readonly EncryptionDictionary encryption;
    private readonly IObjectResolver resolver;

    public StandardSecurityHandler(byte[] fileKey, EncryptionDictionary encryption, IObjectResolver resolver)
    {
        this.fileKey = fileKey;
        this.encryption = encryption;
        this.resolver = resolver;
    }

    public byte[] DecryptString(byte[] data, ObjectId owner) => Decrypt(encryption.StringMethod, data, owner);

    public byte[] DecryptStream(ReadOnlySpan<byte> data, ObjectId owner, PdfDictionary streamDictionary) =>
        Decrypt(MethodFor(streamDictionary), data, owner);

    private CryptMethod MethodFor(PdfDictionary stream)
    {
        var type = stream.GetName("Type", resolver);
        if (type == "XRef" || (type == "Metadata" && !encryption.EncryptMetadata))
        {
            return CryptMethod.None;
        }

        // A /Crypt filter first in the chain names the crypt filter for this stream (ISO 32000-1 §7.4.10).
        if (resolver.Resolve(stream["Filter"]) is PdfArray { Count: > 0 } filters && resolver.Resolve(filters[0]) is PdfName { Value: "Crypt" })
        {
            var parameters = resolver.Resolve(stream["DecodeParms"]) switch
            {
                PdfDictionary single => single,
                PdfArray perFilter => perFilter.Get<PdfDictionary>(0, resolver),
                _ => null,
            };
            return EncryptionDictionary.MethodNamed(parameters?.GetName("Name", resolver), encryption.CryptFilters);
        }

        if (resolver.Resolve(stream["Filter"]) is PdfName { Value: "Crypt" })
        {
            var name = stream.Get<PdfDictionary>("DecodeParms", resolver)?.GetName("Name", resolver);
            return EncryptionDictionary.MethodNamed(name, encryption.CryptFilters);
        }

        return encryption.StreamMethod;
    }

    private byte[] Decrypt(CryptMethod method, ReadOnlySpan<byte> data, ObjectId owner) => method switch
    {
        CryptMethod.Rc4 => Rc4.Apply(ObjectKey(owner, aes: false), data),
        CryptMethod.Aes128 => AesCipher.DecryptWithIv(ObjectKey(owner, aes: true), data),
        CryptMethod.Aes256 => AesCipher.DecryptWithIv(fileKey, data),
        _ => data.ToArray(),
    };

    /// <summary>Algorithm 1: MD5 of the file key, the object number (3 bytes) and generation (2 bytes), little-endian.</summary>
    private byte[] ObjectKey(ObjectId owner, bool aes)
    {
        Span<byte> input = stackalloc byte[fileKey.Length + 5 + AesSalt.Length];
        fileKey.CopyTo(input);
        var at = fileKey.Length;
        input[at] = (byte)owner.Number;
        input[at + 1] = (byte)(owner.Number >> 8);
        input[at + 2] = (byte)(owner.Number >> 16);
        input[at + 3] = (byte)owner.Generation;
        input[at + 4] = (byte)(owner.Generation >> 8);
        var length = at + 5;
        if (aes)
        {
            AesSalt.CopyTo(input[length..]);
            length += AesSalt.Length;
        }

        var hash = MD5.HashData(input[..length]);
        return hash[..Math.Min(fileKey.Length + 5, 16)];
    }
}
