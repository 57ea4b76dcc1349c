using Extraction.Pdf.Core;
using Extraction.Pdf.CrossReference;
using Extraction.Pdf.Encryption;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Document;

/// <summary>
/// The object layer of one open file: resolves indirect objects lazily through the cross-reference data, repairs
/// wrong offsets by falling back to a scanned table, decrypts, and decodes streams on demand.
/// </summary>
internal sealed class PdfFile : IObjectResolver
{
    private const int ObjectStreamCacheSize = 8;

    private readonly byte[] data;
    private readonly IndirectObjectParser parser;
    private readonly Dictionary<ObjectId, PdfObject> cache = new();
    private readonly HashSet<ObjectId> resolving = new();
    private readonly LinkedList<(int Number, IReadOnlyList<(int Number, PdfObject Value)> Members)> objectStreams = new();
    private CrossReferenceTable xref;
    private CrossReferenceTable? scanned;
    private ObjectId? encryptDictionary;

    private PdfFile(byte[] data, ReaderLimits limits, CrossReferenceTable xref, List<string> warnings)
    {
        this.data = data;
        Limits = limits;
        this.xref = xref;
        Warnings = warnings;
        parser = new IndirectObjectParser(data, limits);
    }

    public ReaderLimits Limits { get; }

    public List<string> Warnings { get; }

    public PdfDictionary Trailer => xref.Trailer;

    public ISecurityHandler? Security { get; private set; }

    public int Length => data.Length;

    public static PdfFile Open(byte[] data, ReaderLimits limits, string? password)
    {
        FileHeader.Check(data);
        var warnings = new List<string>();
        var xref = new XrefReader(data, limits).TryRead(warnings) ?? new XrefRecovery(data, limits).Scan();
        var file = new PdfFile(data, limits, xref, warnings);
        if (!xref.WasRecovered && file.Resolve(xref.Trailer["Root"]) is not PdfDictionary)
        {
            warnings.Add("The cross-reference data does not lead to a document catalog; rebuilding it by scanning.");
            file.UseScannedTable();
        }

        if (file.Resolve(file.Trailer["Root"]) is not PdfDictionary)
        {
            throw new PdfReadException(
                xref.WasRecovered && data.Length < 1024 ? PdfErrorCode.Truncated : PdfErrorCode.Corrupt,
                "No document catalog could be found.");
        }

        file.SetUpEncryption(password);
        return file;
    }

    public PdfObject Resolve(ObjectId id)
    {
        if (cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (!resolving.Add(id))
        {
            // A reference loop (e.g. a /Length that points back at its own stream): break it with null.
            return PdfNull.Instance;
        }

        try
        {
            var value = Load(id, out var inObjectStream);
            // Objects inside an object stream were decrypted with the stream that holds them.
            if (Security is not null && !inObjectStream && id != encryptDictionary && value is not PdfStream)
            {
                value = StringDecryption.Apply(value, Security, id);
            }

            if (value is not PdfStream)
            {
                cache[id] = value;
            }

            return value;
        }
        catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Corrupt or PdfErrorCode.Truncated or PdfErrorCode.LimitExceeded)
        {
            Warnings.Add($"Object {id} could not be read: {ex.Message}");
            cache[id] = PdfNull.Instance;
            return PdfNull.Instance;
        }
        finally
        {
            resolving.Remove(id);
        }
    }

    /// <summary>Decrypts (when needed) and decodes a stream's data.</summary>
    public byte[] DecodeStream(PdfStream stream)
    {
        var raw = stream.EncodedData.Span;
        if (Security is not null && stream.Owner is { } owner && stream.Dictionary["Type"] is not PdfName { Value: "XRef" })
        {
            return StreamDecoder.Decode(stream, Security.DecryptStream(raw, owner, stream.Dictionary), this, Limits);
        }

        return StreamDecoder.Decode(stream, raw, this, Limits);
    }

    private PdfObject Load(ObjectId id, out bool inObjectStream)
    {
        inObjectStream = false;
        if (xref.Entries.TryGetValue(id.Number, out var entry) && LoadEntry(id, entry) is { } value)
        {
            inObjectStream = entry.Kind == XrefEntryKind.InObjectStream;
            return value;
        }

        if (!xref.WasRecovered && ScannedTable().Entries.TryGetValue(id.Number, out var repaired) && LoadEntry(id, repaired) is { } recovered)
        {
            inObjectStream = repaired.Kind == XrefEntryKind.InObjectStream;
            return recovered;
        }

        return PdfNull.Instance;
    }

    private PdfObject? LoadEntry(ObjectId id, XrefEntry entry)
    {
        switch (entry.Kind)
        {
            case XrefEntryKind.InFile:
                var parsed = parser.TryParse(entry.Offset, StreamLength);
                return parsed is { } p && p.Id.Number == id.Number ? p.Value : null;
            case XrefEntryKind.InObjectStream:
                var members = ObjectStream(entry.StreamNumber);
                if (entry.IndexInStream < members.Count && members[entry.IndexInStream].Number == id.Number)
                {
                    return members[entry.IndexInStream].Value;
                }

                return members.FirstOrDefault(m => m.Number == id.Number).Value;
            default:
                return null;
        }
    }

    private long? StreamLength(PdfObject length) => this.Resolve(length) is PdfNumber n ? n.IntegerValue : null;

    private IReadOnlyList<(int Number, PdfObject Value)> ObjectStream(int number)
    {
        for (var node = objectStreams.First; node is not null; node = node.Next)
        {
            if (node.Value.Number == number)
            {
                objectStreams.Remove(node);
                objectStreams.AddFirst(node);
                return node.Value.Members;
            }
        }

        IReadOnlyList<(int, PdfObject)> members = [];
        if (Resolve(new ObjectId(number, 0)) is PdfStream stream)
        {
            var count = stream.Dictionary.GetInt("N", this) ?? 0;
            var first = stream.Dictionary.GetInt("First", this) ?? 0;
            members = ObjectStreamParser.Parse(DecodeStream(stream), count, first, Limits);
        }

        objectStreams.AddFirst((number, members));
        if (objectStreams.Count > ObjectStreamCacheSize)
        {
            objectStreams.RemoveLast();
        }

        return members;
    }

    private CrossReferenceTable ScannedTable() => scanned ??= new XrefRecovery(data, Limits).Scan();

    private void UseScannedTable()
    {
        var recovered = ScannedTable();
        var trailer = new Dictionary<string, PdfObject>(recovered.Trailer.Entries.ToDictionary(e => e.Key, e => e.Value));
        foreach (var (key, value) in xref.Trailer.Entries)
        {
            trailer.TryAdd(key, value);
        }

        xref = new CrossReferenceTable(recovered.Entries, new PdfDictionary(trailer), wasRecovered: true);
        cache.Clear();
    }

    private void SetUpEncryption(string? password)
    {
        var encryptValue = Trailer["Encrypt"];
        if (encryptValue is null)
        {
            return;
        }

        encryptDictionary = (encryptValue as PdfReference)?.Id;
        if (this.Resolve(encryptValue) is not PdfDictionary encrypt)
        {
            return;
        }

        Security = SecurityHandlerFactory.Create(encrypt, this.Resolve(Trailer["ID"]) as PdfArray, password, this);
        cache.Clear();
    }
}
