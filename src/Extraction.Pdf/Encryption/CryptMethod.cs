namespace Extraction.Pdf.Encryption;

/// <summary>How a crypt filter encrypts (ISO 32000-1 §7.6.5, /CFM).</summary>
internal enum CryptMethod
{
    /// <summary>/None or the /Identity filter: the data is not encrypted.</summary>
    None,

    /// <summary>/V2: RC4 with a per-object key.</summary>
    Rc4,

    /// <summary>/AESV2: AES-128 with a per-object key.</summary>
    Aes128,

    /// <summary>/AESV3: AES-256 with the file key itself.</summary>
    Aes256,
}
