using System.Collections.Concurrent;

namespace Extraction.Pdf.Objects;

/// <summary>A PDF name (without the leading slash). Instances are interned, so names compare by reference.</summary>
public sealed class PdfName : PdfObject
{
    private static readonly ConcurrentDictionary<string, PdfName> Interned = new(StringComparer.Ordinal);

    private PdfName(string value) => Value = value;

    public string Value { get; }

    /// <summary>Interns names up to a modest length; longer (usually hostile or garbage) names are not kept alive.</summary>
    public static PdfName Of(string value) =>
        value.Length <= 64 ? Interned.GetOrAdd(value, static v => new PdfName(v)) : new PdfName(value);

    public override string ToString() => "/" + Value;
}
