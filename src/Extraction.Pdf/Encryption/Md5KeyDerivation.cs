using System.Security.Cryptography;
using System.Text;

namespace Extraction.Pdf.Encryption;

/// <summary>
/// Password checks and file-key computation of the standard security handler, revisions 2–4
/// (ISO 32000-1 §7.6.3.3, algorithms 2 and 4–7).
/// </summary>
internal static class Md5KeyDerivation
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>The file key when <paramref name="password"/> is the user password, else null.</summary>
    public static byte[]? AuthenticateUser(string password, EncryptionDictionary encryption, byte[] documentId) =>
        AuthenticateUser(Pad(password), encryption, documentId);

    /// <summary>The file key when <paramref name="password"/> is the owner password, else null.</summary>
    public static byte[]? AuthenticateOwner(string password, EncryptionDictionary encryption, byte[] documentId)
    {
        if (encryption.Owner.Length < 32)
        {
            return null;
        }

        // Algorithm 7: the owner password's key decrypts /O into the (padded) user password.
        var hash = MD5.HashData(Pad(password));
        if (encryption.Revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash);
            }
        }

        var key = hash[..encryption.KeyLength];
        var userPassword = encryption.Owner[..32];
        if (encryption.Revision == 2)
        {
            userPassword = Rc4.Apply(key, userPassword);
        }
        else
        {
            var roundKey = new byte[key.Length];
            for (var round = 19; round >= 0; round--)
            {
                XorInto(key, (byte)round, roundKey);
                Rc4.ApplyInPlace(roundKey, userPassword);
            }
        }

        return AuthenticateUser(userPassword, encryption, documentId);
    }

    private static byte[]? AuthenticateUser(byte[] paddedPassword, EncryptionDictionary encryption, byte[] documentId)
    {
        if (encryption.User.Length < 16)
        {
            return null;
        }

        var key = FileKey(paddedPassword, encryption, documentId);
        if (encryption.Revision == 2)
        {
            // Algorithm 4: /U is the padding encrypted with the file key.
            return encryption.User.Length >= 32 && Rc4.Apply(key, Padding).AsSpan().SequenceEqual(encryption.User.AsSpan(0, 32)) ? key : null;
        }

        // Algorithm 5: only the first 16 bytes of /U are significant.
        var check = MD5.HashData([.. Padding, .. documentId]);
        var roundKey = new byte[key.Length];
        for (var round = 0; round < 20; round++)
        {
            XorInto(key, (byte)round, roundKey);
            Rc4.ApplyInPlace(roundKey, check);
        }

        return check.AsSpan().SequenceEqual(encryption.User.AsSpan(0, 16)) ? key : null;
    }

    /// <summary>Algorithm 2.</summary>
    private static byte[] FileKey(byte[] paddedPassword, EncryptionDictionary encryption, byte[] documentId)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(paddedPassword);
        md5.AppendData(encryption.Owner.AsSpan(0, Math.Min(32, encryption.Owner.Length)));
        Span<byte> permissions = stackalloc byte[4];
        BitConverter.TryWriteBytes(permissions, encryption.Permissions);
        if (!BitConverter.IsLittleEndian)
        {
            permissions.Reverse();
        }

        md5.AppendData(permissions);
        md5.AppendData(documentId);
        if (encryption.Revision >= 4 && !encryption.EncryptMetadata)
        {
            md5.AppendData([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = md5.GetHashAndReset();
        var length = encryption.KeyLength;
        if (encryption.Revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, length));
            }
        }

        return hash[..length];
    }

    /// <summary>The password's first 32 bytes (PDFDocEncoding, which agrees with Latin-1 on the printable range), padded.</summary>
    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        var padded = new byte[32];
        var used = Math.Min(32, bytes.Length);
        bytes.AsSpan(0, used).CopyTo(padded);
        Padding.AsSpan(0, 32 - used).CopyTo(padded.AsSpan(used));
        return padded;
    }

    private static void XorInto(byte[] key, byte value, byte[] destination)
    {
        for (var i = 0; i < key.Length; i++)
        {
            destination[i] = (byte)(key[i] ^ value);
        }
    }
}
