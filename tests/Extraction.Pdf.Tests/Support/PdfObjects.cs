using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Tests.Support;

/// <summary>Short constructors for object trees in tests.</summary>
internal static class PdfObjects
{
    public static PdfDictionary Dict(params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value));

    public static PdfName Name(string value) => PdfName.Of(value);

    public static PdfNumber Number(long value) => PdfNumber.Of(value);

    public static PdfArray Array(params PdfObject[] items) => new(items);
}
