namespace Extraction.Pdf.Objects;

/// <summary>
/// A stream: its dictionary and its still-encoded bytes (a slice of the file, not a copy).
/// Decoding happens on demand through <see cref="Filters.StreamDecoder"/>, so nothing decoded is held longer than needed.
/// </summary>
public sealed class PdfStream : PdfObject
{
    public PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> encodedData, ObjectId? owner = null)
    {
        Dictionary = dictionary;
        EncodedData = encodedData;
        Owner = owner;
    }

    public PdfDictionary Dictionary { get; }

    public ReadOnlyMemory<byte> EncodedData { get; }

    /// <summary>The indirect object this stream is (streams are always indirect); needed to derive its decryption key.</summary>
    public ObjectId? Owner { get; }

    public override string ToString() => Dictionary + " stream(" + EncodedData.Length + " bytes)";
}
