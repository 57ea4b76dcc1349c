using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;
using static Extraction.Pdf.Tokenization.CharacterClass;

namespace Extraction.Pdf.CrossReference;

/// <summary>
/// Rebuilds the cross-reference table by scanning the whole file for "N G obj" headers and "trailer" dictionaries,
/// used when the xref is missing, broken or points to the wrong offsets. The last definition of an object wins,
/// as it would after incremental updates.
/// </summary>
internal sealed class XrefRecovery
{
    private static readonly byte[] Obj = "obj"u8.ToArray();
    private static readonly byte[] Trailer = "trailer"u8.ToArray();

    private readonly byte[] data;
    private readonly ReaderLimits limits;

    public XrefRecovery(byte[] data, ReaderLimits limits)
    {
        this.data = data;
        this.limits = limits;
    }

    public CrossReferenceTable Scan()
    {
        var offsets = FindObjectHeaders();
        var trailer = MergeTrailers();
        var entries = new Dictionary<int, XrefEntry>();
        foreach (var (number, generation, offset) in offsets)
        {
            entries[number] = XrefEntry.AtOffset(offset, generation);
        }

        AddObjectStreamMembers(entries);
        if (trailer["Root"] is null && FindCatalog(entries) is { } catalog)
        {
            trailer = trailer.With("Root", new PdfReference(catalog));
        }

        return new CrossReferenceTable(entries, trailer, wasRecovered: true);
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

    private PdfDictionary MergeTrailers()
    {
        var merged = new Dictionary<string, PdfObject>();
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
            var parser = new ObjectParser(new PdfLexer(data, index + Trailer.Length), limits);
            if (SafeRead(parser) is PdfDictionary dictionary)
            {
                foreach (var (key, value) in dictionary.Entries)
                {
                    merged.TryAdd(key, value);
                }
            }
        }

        return new PdfDictionary(merged);
    }

    private void AddObjectStreamMembers(Dictionary<int, XrefEntry> entries)
    {
        var parser = new IndirectObjectParser(data, limits);
        foreach (var (number, entry) in entries.ToArray())
        {
            if (!LooksLikeObjectStream(entry.Offset))
            {
                continue;
            }

            try
            {
                if (parser.TryParse(entry.Offset, length => length is PdfNumber n ? n.IntegerValue : null)?.Value is not PdfStream stream)
                {
                    continue;
                }

                var decoded = StreamDecoder.Decode(stream, stream.EncodedData.Span, DirectObjectsOnly.Instance, limits);
                var count = (stream.Dictionary["N"] as PdfNumber)?.IntValue ?? 0;
                var first = (stream.Dictionary["First"] as PdfNumber)?.IntValue ?? 0;
                var members = ObjectStreamParser.Parse(decoded, count, first, limits);
                for (var i = 0; i < members.Count; i++)
                {
                    entries.TryAdd(members[i].Number, XrefEntry.InStream(number, i));
                }
            }
            catch (Core.PdfReadException)
            {
                // A damaged object stream only loses its own members.
            }
        }
    }

    private bool LooksLikeObjectStream(long offset)
    {
        var window = data.AsSpan((int)offset, (int)Math.Min(512, data.Length - offset));
        return window.IndexOf("/ObjStm"u8) >= 0;
    }

    private ObjectId? FindCatalog(Dictionary<int, XrefEntry> entries)
    {
        var parser = new IndirectObjectParser(data, limits);
        ObjectId? catalog = null;
        foreach (var entry in entries.Values.Where(e => e.Kind == XrefEntryKind.InFile).OrderBy(e => e.Offset))
        {
            var window = data.AsSpan((int)entry.Offset, (int)Math.Min(1024, data.Length - entry.Offset));
            if (window.IndexOf("/Catalog"u8) < 0)
            {
                continue;
            }

            try
            {
                if (parser.TryParse(entry.Offset, _ => null) is { Value: PdfDictionary d } parsed && d["Pages"] is not null)
                {
                    catalog = parsed.Id;
                }
            }
            catch (Core.PdfReadException)
            {
                // Keep looking.
            }
        }

        return catalog;
    }

    private static PdfObject? SafeRead(ObjectParser parser)
    {
        try
        {
            return parser.Read();
        }
        catch (Core.PdfReadException)
        {
            return null;
        }
    }
}
