namespace Extraction.Pdf.Encryption;

/// <summary>The RC4 stream cipher (the base class library has none). Encryption and decryption are the same operation.</summary>
internal static class Rc4
{
    public static byte[] Apply(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        var output = data.ToArray();
        ApplyInPlace(key, output);
        return output;
    }

    public static void ApplyInPlace(ReadOnlySpan<byte> key, Span<byte> data)
    {
        Span<byte> state = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
        }

        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + state[i]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
            data[k] ^= state[(state[i] + state[j]) & 0xFF];
        }
    }
}
