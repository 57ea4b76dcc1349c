using System.Collections.Concurrent;

namespace Extraction.Pdf.Objects;

/// <summary>
/// A PDF name (without the leading slash). Short names are shared, so the many repeats of /Type, /F1 or /Font cost
/// one instance; compare names by <see cref="Value"/>.
/// </summary>
public sealed class PdfName : PdfObject
{
    private const int MaxInternedLength = 64;

    /// <summary>
    /// Beyond this many distinct names, new ones are not kept: a batch over thousands of files meets endless unique
    /// names (font subset tags) and must not hold them all.
    /// </summary>
    private const int MaxInternedNames = 100_000;

    private static readonly ConcurrentDictionary<string, PdfName> Interned = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PdfName>.AlternateLookup<ReadOnlySpan<char>> InternedBySpan =
        Interned.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int internedCount;

    private PdfName(string value) => Value = value;

    public string Value { get; }

    public static PdfName Of(string value)
    {
        if (value.Length > MaxInternedLength)
        {
            return new PdfName(value);
        }

        return Interned.TryGetValue(value, out var known) ? known : Add(value);
    }

    /// <summary>The name with these characters, allocating only when it has not been seen before.</summary>
    internal static PdfName Of(ReadOnlySpan<char> value)
    {
        if (value.Length <= MaxInternedLength && InternedBySpan.TryGetValue(value, out var known))
        {
            return known;
        }

        var text = value.ToString();
        return value.Length > MaxInternedLength ? new PdfName(text) : Add(text);
    }

    public override string ToString() => "/" + Value;

    private static PdfName Add(string value)
    {
        if (Volatile.Read(ref internedCount) >= MaxInternedNames)
        {
            return Interned.TryGetValue(value, out var known) ? known : new PdfName(value);
        }

        var name = Interned.GetOrAdd(value, static v => new PdfName(v));
        Interlocked.Increment(ref internedCount);
        return name;
    }
}
