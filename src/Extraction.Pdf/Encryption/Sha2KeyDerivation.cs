using System.Security.Cryptography;
using System.Text;

namespace Extraction.Pdf.Encryption;

/// <summary>
/// Password checks and file-key retrieval for AES-256 (revision 5, Adobe's extension, and revision 6,
/// ISO 32000-2 §7.6.4.3.3–4 with the hardened hash of algorithm 2.B).
/// </summary>
internal static class Sha2KeyDerivation
{
    private const int HashLength = 32;
    private const int SaltLength = 8;

    /// <summary>The file key when <paramref name="password"/> is the user password, else null.</summary>
    public static byte[]? AuthenticateUser(string password, EncryptionDictionary encryption)
    {
        if (encryption.User.Length < 48 || encryption.UserKey.Length < 32)
        {
            return null;
        }

        var bytes = PasswordBytes(password);
        var u = encryption.User;
        if (!Hash(bytes, u.AsSpan(32, SaltLength), [], encryption.Revision).AsSpan().SequenceEqual(u.AsSpan(0, HashLength)))
        {
            return null;
        }

        var intermediate = Hash(bytes, u.AsSpan(40, SaltLength), [], encryption.Revision);
        return AesCipher.DecryptKey(intermediate, encryption.UserKey.AsSpan(0, 32));
    }

    /// <summary>The file key when <paramref name="password"/> is the owner password, else null.</summary>
    public static byte[]? AuthenticateOwner(string password, EncryptionDictionary encryption)
    {
        if (encryption.Owner.Length < 48 || encryption.User.Length < 48 || encryption.OwnerKey.Length < 32)
        {
            return null;
        }

        var bytes = PasswordBytes(password);
        var o = encryption.Owner;
        var userData = encryption.User.AsSpan(0, 48);
        if (!Hash(bytes, o.AsSpan(32, SaltLength), userData, encryption.Revision).AsSpan().SequenceEqual(o.AsSpan(0, HashLength)))
        {
            return null;
        }

        var intermediate = Hash(bytes, o.AsSpan(40, SaltLength), userData, encryption.Revision);
        return AesCipher.DecryptKey(intermediate, encryption.OwnerKey.AsSpan(0, 32));
    }

    /// <summary>SASLprep is approximated by NFKC normalisation, which covers what people type; then UTF-8, at most 127 bytes.</summary>
    private static byte[] PasswordBytes(string password)
    {
        var bytes = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC));
        return bytes.Length > 127 ? bytes[..127] : bytes;
    }

    private static byte[] Hash(byte[] password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userData, int revision)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userData]);
        return revision >= 6 ? HardenedHash(password, k, userData.ToArray()) : k;
    }

    /// <summary>Algorithm 2.B: rounds of AES-128 and SHA-256/384/512 chosen by the data, at least 64 of them.</summary>
    private static byte[] HardenedHash(byte[] password, byte[] k, byte[] userData)
    {
        using var aes = Aes.Create();
        byte[] e = [];
        for (var round = 0; round < 64 || e[^1] > round - 32; round++)
        {
            var sequenceLength = password.Length + k.Length + userData.Length;
            var k1 = new byte[sequenceLength * 64];
            for (var i = 0; i < 64; i++)
            {
                var at = i * sequenceLength;
                password.CopyTo(k1, at);
                k.CopyTo(k1, at + password.Length);
                userData.CopyTo(k1, at + password.Length + k.Length);
            }

            e = AesCipher.EncryptBlocks(aes, k.AsSpan(0, 16), k.AsSpan(16, 16), k1);
            // The first 16 bytes of E as a big-endian number, mod 3; 256 ≡ 1 (mod 3) makes that the byte sum mod 3.
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
        }

        return k[..HashLength];
    }
}
