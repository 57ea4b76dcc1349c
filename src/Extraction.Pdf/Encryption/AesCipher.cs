using System.Security.Cryptography;

namespace Extraction.Pdf.Encryption;

/// <summary>AES in CBC mode as PDF uses it (ISO 32000-1 §7.6.2): a 16-byte IV before the data, PKCS#7 padding.</summary>
internal static class AesCipher
{
    private const int BlockSize = 16;

    /// <summary>
    /// Decrypts IV-prefixed data. Writers get the padding wrong often enough that a bad pad is kept rather than failed,
    /// and a ragged tail (not a whole block) is dropped.
    /// </summary>
    public static byte[] DecryptWithIv(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        if (data.Length < 2 * BlockSize)
        {
            return [];
        }

        var blocks = (data.Length - BlockSize) / BlockSize * BlockSize;
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        var plain = aes.DecryptCbc(data.Slice(BlockSize, blocks), data[..BlockSize], PaddingMode.None);
        var pad = plain[^1];
        if (pad is >= 1 and <= BlockSize && plain.AsSpan(plain.Length - pad).IndexOfAnyExcept(pad) < 0)
        {
            return plain[..^pad];
        }

        return plain;
    }

    /// <summary>AES-256 with a zero IV and no padding: how /UE and /OE wrap the file key.</summary>
    public static byte[] DecryptKey(ReadOnlySpan<byte> key, ReadOnlySpan<byte> wrapped)
    {
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes.DecryptCbc(wrapped, new byte[BlockSize], PaddingMode.None);
    }

    /// <summary>AES-128-CBC encryption without padding, a step of the revision 6 password hash.</summary>
    public static byte[] EncryptBlocks(Aes aes, ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data)
    {
        aes.Key = key.ToArray();
        return aes.EncryptCbc(data, iv, PaddingMode.None);
    }
}
