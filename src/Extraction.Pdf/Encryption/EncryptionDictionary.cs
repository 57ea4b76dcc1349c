using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Encryption;

/// <summary>The entries of a standard security handler's /Encrypt dictionary (ISO 32000-1 §7.6.1, §7.6.3; ISO 32000-2 §7.6.4).</summary>
internal sealed record EncryptionDictionary(
    int Version,
    int Revision,
    int KeyLength,
    byte[] Owner,
    byte[] User,
    byte[] OwnerKey,
    byte[] UserKey,
    int Permissions,
    bool EncryptMetadata,
    IReadOnlyDictionary<string, CryptMethod> CryptFilters,
    CryptMethod StreamMethod,
    CryptMethod StringMethod)
{
    private const string Identity = "Identity";

    public static EncryptionDictionary Read(PdfDictionary encrypt, IObjectResolver resolver)
    {
        var filter = encrypt.GetName("Filter", resolver);
        if (filter != "Standard")
        {
            throw new PdfReadException(PdfErrorCode.UnsupportedEncryption, $"Encryption with the /{filter ?? "(missing)"} security handler is not supported.");
        }

        var version = encrypt.GetInt("V", resolver) ?? 0;
        var revision = encrypt.GetInt("R", resolver) ?? 0;
        if (version is not (1 or 2 or 4 or 5) || revision is < 2 or > 6)
        {
            throw new PdfReadException(PdfErrorCode.UnsupportedEncryption, $"Standard encryption /V {version} /R {revision} is not supported.");
        }

        var filters = version >= 4 ? ReadCryptFilters(encrypt, resolver) : new Dictionary<string, CryptMethod>();
        var legacy = version >= 4 ? CryptMethod.None : CryptMethod.Rc4;
        return new EncryptionDictionary(
            version,
            revision,
            KeyLengthOf(encrypt, version, revision, filters, resolver),
            Bytes(encrypt, "O", resolver),
            Bytes(encrypt, "U", resolver),
            Bytes(encrypt, "OE", resolver),
            Bytes(encrypt, "UE", resolver),
            (int)(uint)(encrypt.Get<PdfNumber>("P", resolver)?.IntegerValue ?? -1),
            encrypt.Get<PdfBoolean>("EncryptMetadata", resolver)?.Value ?? true,
            filters,
            version >= 4 ? MethodNamed(encrypt.GetName("StmF", resolver), filters) : legacy,
            version >= 4 ? MethodNamed(encrypt.GetName("StrF", resolver), filters) : legacy);
    }

    /// <summary>The method a crypt filter name stands for; absent or /Identity means no encryption.</summary>
    public static CryptMethod MethodNamed(string? name, IReadOnlyDictionary<string, CryptMethod> filters)
    {
        if (name is null or Identity)
        {
            return CryptMethod.None;
        }

        return filters.TryGetValue(name, out var method)
            ? method
            : throw new PdfReadException(PdfErrorCode.UnsupportedEncryption, $"The crypt filter /{name} is not defined.");
    }

    private static Dictionary<string, CryptMethod> ReadCryptFilters(PdfDictionary encrypt, IObjectResolver resolver)
    {
        var result = new Dictionary<string, CryptMethod>(StringComparer.Ordinal);
        if (encrypt.Get<PdfDictionary>("CF", resolver) is not { } filters)
        {
            return result;
        }

        foreach (var (name, value) in filters.Entries)
        {
            if (resolver.Resolve(value) is not PdfDictionary filter)
            {
                continue;
            }

            result[name] = filter.GetName("CFM", resolver) switch
            {
                null or "None" => CryptMethod.None,
                "V2" => CryptMethod.Rc4,
                "AESV2" => CryptMethod.Aes128,
                "AESV3" => CryptMethod.Aes256,
                var other => throw new PdfReadException(PdfErrorCode.UnsupportedEncryption, $"The crypt filter method /{other} is not supported."),
            };
        }

        return result;
    }

    /// <summary>The file key length in bytes for revisions 2–4 (revisions 5–6 always use 32).</summary>
    private static int KeyLengthOf(PdfDictionary encrypt, int version, int revision, Dictionary<string, CryptMethod> filters, IObjectResolver resolver)
    {
        if (revision == 2)
        {
            return 5;
        }

        if (revision >= 5)
        {
            return 32;
        }

        if (version == 4 && filters.Values.Any(m => m == CryptMethod.Aes128))
        {
            return 16;
        }

        // /Length is in bits; some writers put bytes there.
        var length = encrypt.GetInt("Length", resolver) ?? (version == 4 ? 128 : 40);
        var bytes = length <= 16 ? length : length / 8;
        return Math.Clamp(bytes, 5, 16);
    }

    private static byte[] Bytes(PdfDictionary encrypt, string key, IObjectResolver resolver) =>
        encrypt.Get<PdfString>(key, resolver)?.Bytes ?? [];
}
