using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;
using static Extraction.Pdf.Tokenization.CharacterClass;

namespace Extraction.Pdf.CrossReference;

/// <summary>
/// Rebuilds the cross-reference table by scanning the whole file for "N G obj" headers, used when the xref is missing,
/// broken or points to the wrong offsets. The last definition of an object wins, as it would after incremental
/// updates. Trailer entries come from "trailer" dictionaries and from cross-reference stream dictionaries, newest
/// first; the members of object streams are listed through <c>decode</c>, which decrypts when the file is encrypted.
/// </summary>
internal sealed class XrefRecovery
{
    private const int HeaderWindow = 1024;

    private static readonly byte[] Obj = "obj"u8.ToArray();
    private static readonly byte[] Trailer = "trailer"u8.ToArray();
    private static readonly string[] TrailerKeys = ["Root", "Info", "Encrypt", "ID"];

    private readonly byte[] data;
    private readonly ReaderLimits limits;
    private readonly Func<PdfStream, byte[]> decode;
    private readonly IndirectObjectParser parser;

    public XrefRecovery(byte[] data, ReaderLimits limits, Func<PdfStream, byte[]> decode, CancellationToken cancellation = default)
    {
        this.data = data;
        this.limits = limits;
        this.decode = decode;
        parser = new IndirectObjectParser(data, limits, cancellation);
    }

    public CrossReferenceTable Scan()
    {
        var headers = FindObjectHeaders();
        var entries = new Dictionary<int, XrefEntry>();
        foreach (var (number, generation, offset) in headers)
        {
            entries[number] = XrefEntry.AtOffset(offset, generation);
        }

        var trailer = MergeTrailers(headers);
        var catalogInStream = AddObjectStreamMembers(entries);
        var catalog = FindCatalogInFile(entries) ?? catalogInStream;

        if (trailer["Root"] is null && catalog is { } found)
        {
            trailer = trailer.With("Root", new PdfReference(found));
        }

        return new CrossReferenceTable(entries, trailer, wasRecovered: true, catalog);
    }

    private List<(int Number, int Generation, long Offset)> FindObjectHeaders()
    {
        var found = new List<(int, int, long)>();
        var span = data.AsSpan();
        var position = 0;
        while (position < data.Length)
        {
            var index = span[position..].IndexOf(Obj);
            if (index < 0)
            {
                break;
            }

            var at = position + index;
            position = at + Obj.Length;
            if (position < data.Length && IsRegular(data[position]))
            {
                continue;
            }

            if (TryReadHeaderBackwards(at) is { } header && header.Number <= limits.MaxObjectNumber)
            {
                found.Add(header);
            }
        }

        return found;
    }

    /// <summary>Walks back from "obj" over "G" and "N" with whitespace between: "12 0 obj".</summary>
    private (int Number, int Generation, long Offset)? TryReadHeaderBackwards(int objAt)
    {
        var p = objAt - 1;
        if (p < 0 || !IsWhitespace(data[p]))
        {
            return null;
        }

        while (p >= 0 && IsWhitespace(data[p]))
        {
            p--;
        }

        var generationEnd = p + 1;
        while (p >= 0 && IsDigit(data[p]))
        {
            p--;
        }

        var generationStart = p + 1;
        if (generationStart == generationEnd || p < 0 || !IsWhitespace(data[p]))
        {
            return null;
        }

        while (p >= 0 && IsWhitespace(data[p]))
        {
            p--;
        }

        var numberEnd = p + 1;
        while (p >= 0 && IsDigit(data[p]))
        {
            p--;
        }

        var numberStart = p + 1;
        if (numberStart == numberEnd || numberEnd - numberStart > 9 || generationEnd - generationStart > 5)
        {
            return null;
        }

        return (ParseDigits(numberStart, numberEnd), ParseDigits(generationStart, generationEnd), numberStart);
    }

    private int ParseDigits(int start, int end)
    {
        var value = 0;
        for (var i = start; i < end; i++)
        {
            value = value * 10 + (data[i] - '0');
        }

        return value;
    }

    /// <summary>Trailer dictionaries and cross-reference stream dictionaries, newest (furthest into the file) first.</summary>
    private PdfDictionary MergeTrailers(List<(int Number, int Generation, long Offset)> headers)
    {
        var candidates = new List<(long Offset, PdfDictionary Dictionary)>();
        var span = data.AsSpan();
        var end = data.Length;
        while (end > 0)
        {
            var index = span[..end].LastIndexOf(Trailer);
            if (index < 0)
            {
                break;
            }

            end = index;
            if (SafeRead(new ObjectParser(new PdfLexer(data, index + Trailer.Length), limits)) is PdfDictionary dictionary)
            {
                candidates.Add((index, dictionary));
            }
        }

        foreach (var (_, _, offset) in headers)
        {
            if (Window(offset).IndexOf("/XRef"u8) >= 0 && SafeParse(offset) is { Value: PdfStream { Dictionary: var d } } && d["Type"] is PdfName { Value: "XRef" })
            {
                candidates.Add((offset, d));
            }
        }

        var merged = new Dictionary<string, PdfObject>();
        foreach (var (_, dictionary) in candidates.OrderByDescending(c => c.Offset))
        {
            foreach (var key in TrailerKeys)
            {
                if (dictionary[key] is { } value)
                {
                    merged.TryAdd(key, value);
                }
            }
        }

        return new PdfDictionary(merged);
    }

    /// <summary>Adds the members of every object stream (objects defined in the file itself win); returns a catalog found among them.</summary>
    private ObjectId? AddObjectStreamMembers(Dictionary<int, XrefEntry> entries)
    {
        ObjectId? catalog = null;
        foreach (var (number, entry) in entries.Where(e => e.Value.Kind == XrefEntryKind.InFile).OrderBy(e => e.Value.Offset).ToArray())
        {
            if (Window(entry.Offset).IndexOf("/ObjStm"u8) < 0 || SafeParse(entry.Offset)?.Value is not PdfStream stream)
            {
                continue;
            }

            try
            {
                var count = (stream.Dictionary["N"] as PdfNumber)?.IntValue ?? 0;
                var first = (stream.Dictionary["First"] as PdfNumber)?.IntValue ?? 0;
                var members = ObjectStreamParser.Parse(decode(stream), count, first, limits);
                for (var i = 0; i < members.Count; i++)
                {
                    var (member, value) = members[i];
                    if (member <= limits.MaxObjectNumber && entries.TryAdd(member, XrefEntry.InStream(number, i)) && IsCatalog(value))
                    {
                        catalog = new ObjectId(member, 0);
                    }
                }
            }
            catch (PdfReadException ex) when (ex.Code is not PdfErrorCode.PasswordRequired)
            {
                // A damaged object stream only loses its own members.
            }
        }

        return catalog;
    }

    private ObjectId? FindCatalogInFile(Dictionary<int, XrefEntry> entries)
    {
        ObjectId? catalog = null;
        foreach (var entry in entries.Values.Where(e => e.Kind == XrefEntryKind.InFile).OrderBy(e => e.Offset))
        {
            if (Window(entry.Offset).IndexOf("/Catalog"u8) >= 0 && SafeParse(entry.Offset) is { } parsed && IsCatalog(parsed.Value))
            {
                catalog = parsed.Id;
            }
        }

        return catalog;
    }

    private static bool IsCatalog(PdfObject value) =>
        value is PdfDictionary d && d["Type"] is PdfName { Value: "Catalog" } && d["Pages"] is not null;

    private ReadOnlySpan<byte> Window(long offset) =>
        offset >= 0 && offset < data.Length ? data.AsSpan((int)offset, (int)Math.Min(HeaderWindow, data.Length - offset)) : [];

    private IndirectObject? SafeParse(long offset)
    {
        try
        {
            return parser.TryParse(offset, length => length is PdfNumber n ? n.IntegerValue : null);
        }
        catch (PdfReadException)
        {
            return null;
        }
    }

    private static PdfObject? SafeRead(ObjectParser parser)
    {
        try
        {
            return parser.Read();
        }
        catch (PdfReadException)
        {
            return null;
        }
    }
}
