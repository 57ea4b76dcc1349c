using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Tests.Support;

/// <summary>Structural equality of object trees; reals are equal within a relative 1e-12.</summary>
internal static class ObjectEquality
{
    public static bool AreEqual(PdfObject? a, PdfObject? b) => (a, b) switch
    {
        (PdfNull, PdfNull) => true,
        (PdfBoolean x, PdfBoolean y) => x.Value == y.Value,
        (PdfNumber x, PdfNumber y) => x.IsInteger == y.IsInteger && (x.IsInteger
            ? x.IntegerValue == y.IntegerValue
            : Math.Abs(x.Value - y.Value) <= 1e-12 * Math.Max(1, Math.Abs(x.Value))),
        (PdfString x, PdfString y) => x.IsHex == y.IsHex && x.Bytes.AsSpan().SequenceEqual(y.Bytes),
        (PdfName x, PdfName y) => x.Value == y.Value,
        (PdfReference x, PdfReference y) => x.Id == y.Id,
        (PdfArray x, PdfArray y) => x.Count == y.Count && x.Zip(y).All(p => AreEqual(p.First, p.Second)),
        (PdfDictionary x, PdfDictionary y) => x.Entries.Count() == y.Entries.Count()
            && x.Entries.All(e => y.Entries.Any(f => f.Key == e.Key && AreEqual(e.Value, f.Value))),
        _ => false,
    };
}
