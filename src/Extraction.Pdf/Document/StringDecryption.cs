using Extraction.Pdf.Encryption;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>Decrypts every string inside a freshly loaded object (streams are decrypted when decoded).</summary>
internal static class StringDecryption
{
    public static PdfObject Apply(PdfObject value, ISecurityHandler security, ObjectId owner) => value switch
    {
        PdfString s => new PdfString(security.DecryptString(s.Bytes, owner), s.IsHex),
        PdfArray a => new PdfArray(a.Select(item => Apply(item, security, owner)).ToArray()),
        PdfDictionary d => new PdfDictionary(d.Entries.ToDictionary(e => e.Key, e => Apply(e.Value, security, owner))),
        _ => value,
    };
}
