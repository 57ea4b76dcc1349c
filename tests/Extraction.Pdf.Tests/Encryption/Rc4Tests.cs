using Extraction.Pdf.Encryption;
using System.Text;

namespace Extraction.Pdf.Tests.Encryption;

[TestFixture]
public sealed class Rc4Tests
{
    // Published test vectors (the "Key"/"Wiki"/"Secret" examples of the RC4 literature).
    [TestCase("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [TestCase("Wiki", "pedia", "1021BF0420")]
    [TestCase("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void Matches_published_vectors(string key, string plain, string cipherHex)
    {
        var cipher = Rc4.Apply(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(plain));

        Assert.That(Convert.ToHexString(cipher), Is.EqualTo(cipherHex));
    }

    [FsCheck.NUnit.Property]
    public bool Applying_twice_restores_the_data(byte[] key, byte[] data) =>
        key.Length == 0 || Rc4.Apply(key, Rc4.Apply(key, data)).AsSpan().SequenceEqual(data);
}
