using Extraction.Pdf.Core;
using Extraction.Pdf.CrossReference;
using Extraction.Pdf.Encryption;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Document;

/// <summary>
/// The object layer of one open file: resolves indirect objects lazily through the cross-reference data, repairs
/// wrong offsets by falling back to a scanned table, decrypts, and decodes streams on demand. Resolved objects are
/// kept in a bounded cache, so memory does not grow with the number of pages read.
/// </summary>
internal sealed class PdfFile : IObjectResolver
{
    private const int ObjectStreamCacheSize = 8;
    private const int MaxExtendsChain = 16;

    private readonly byte[] data;
    private readonly IndirectObjectParser parser;
    private readonly ObjectCache cache;
    private readonly HashSet<ObjectId> resolving = new();
    private readonly LinkedList<(int Number, IReadOnlyList<(int Number, PdfObject Value)> Members, int? Extends)> objectStreams = new();
    private CrossReferenceTable xref = new(new Dictionary<int, XrefEntry>(), PdfDictionary.Empty, wasRecovered: true);
    private CrossReferenceTable? scanned;
    private ObjectId? encryptDictionary;
    private bool warnedAboutMisplacedObjects;

    private PdfFile(byte[] data, ReaderLimits limits, CancellationToken cancellation)
    {
        this.data = data;
        Limits = limits;
        Budget = new DecodeBudget(limits.MaxDecodedBytesPerDocument, cancellation);
        parser = new IndirectObjectParser(data, limits, cancellation);
        cache = new ObjectCache(limits.ObjectCacheSize);
    }

    public ReaderLimits Limits { get; }

    /// <summary>The decoded bytes every stream of this document shares, and the token that cancels reading it.</summary>
    public DecodeBudget Budget { get; }

    public CancellationToken Cancellation => Budget.Cancellation;

    public List<ReaderWarning> Warnings { get; } = new();

    public PdfDictionary Trailer => xref.Trailer;

    public ISecurityHandler? Security { get; private set; }

    public int Length => data.Length;

    /// <summary>Objects the cross-reference data lists (an upper bound on pages, among other things).</summary>
    public int ObjectCount => Math.Max(xref.Entries.Count, scanned?.Entries.Count ?? 0);

    /// <summary>Every object the cross-reference data or a scan of the file knows (scanning the file first if it was not yet).</summary>
    public IEnumerable<ObjectId> ObjectIds()
    {
        var numbers = new HashSet<int>();
        foreach (var (number, entry) in xref.Entries.Concat(ScannedTable().Entries))
        {
            if (entry.Kind != XrefEntryKind.Free && numbers.Add(number))
            {
                yield return new ObjectId(number, 0);
            }
        }
    }

    /// <summary>Objects parsed from the file so far (cache hits not counted); shows that opening and paging stay lazy.</summary>
    internal int ObjectsLoaded { get; private set; }

    /// <summary>Resolved objects currently held for reuse.</summary>
    internal int CachedObjects => cache.Count;

    public static PdfFile Open(byte[] data, ReaderLimits limits, string? password, CancellationToken cancellation = default)
    {
        FileHeader.Check(data);
        var file = new PdfFile(data, limits, cancellation);
        file.xref = new XrefReader(data, limits, file.Budget).TryRead(file.Warnings) ?? file.ScannedTable();
        file.SetUpEncryption(password);
        if (!file.xref.WasRecovered && file.Catalog() is null)
        {
            file.Warn(ReaderWarningKind.StructureRepaired, "The cross-reference data does not lead to a document catalog; rebuilding it by scanning.");
            file.UseScannedTable();
        }

        if (file.Catalog() is null)
        {
            if (file.Budget.Remaining <= 0)
            {
                throw new PdfReadException(PdfErrorCode.LimitExceeded, $"The document catalog could not be reached within {limits.MaxDecodedBytesPerDocument} decoded bytes (ReaderLimits.MaxDecodedBytesPerDocument).");
            }

            throw new PdfReadException(
                file.LooksTruncated() ? PdfErrorCode.Truncated : PdfErrorCode.Corrupt,
                file.xref.Entries.Count == 0 ? "No PDF objects were found." : "No document catalog could be found.");
        }

        return file;
    }

    /// <summary>The document catalog: the trailer's /Root or, in a rebuilt table, the last object that looks like one.</summary>
    public PdfDictionary? Catalog()
    {
        if (this.Resolve(Trailer["Root"]) is PdfDictionary root)
        {
            return root;
        }

        return xref.CatalogCandidate is { } candidate ? Resolve(candidate) as PdfDictionary : null;
    }

    public PdfObject Resolve(ObjectId id)
    {
        if (cache.TryGet(id, out var cached))
        {
            return cached;
        }

        // A reference loop (e.g. a /Length that points back at its own stream), or a chain too deep to follow: null.
        if (resolving.Count >= Limits.MaxResolutionDepth || !resolving.Add(id))
        {
            return PdfNull.Instance;
        }

        try
        {
            var value = Load(id, out var stored, out var inObjectStream);
            // Objects inside an object stream were decrypted with the stream that holds them; the /Encrypt dictionary never is.
            if (Security is not null && !inObjectStream && stored.Number != encryptDictionary?.Number)
            {
                value = Decrypt(value, stored);
            }

            cache.Add(id, value);
            return value;
        }
        catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Corrupt or PdfErrorCode.Truncated or PdfErrorCode.LimitExceeded)
        {
            Warn(ex.Code == PdfErrorCode.LimitExceeded ? ReaderWarningKind.LimitReached : ReaderWarningKind.ObjectUnreadable, $"Object {id} could not be read: {ex.Message}");
            cache.Add(id, PdfNull.Instance);
            return PdfNull.Instance;
        }
        finally
        {
            resolving.Remove(id);
        }
    }

    public void Warn(ReaderWarningKind kind, string message) => Warnings.Add(new ReaderWarning(kind, message));

    /// <summary>
    /// Decrypts (when needed) and decodes a stream's data within the document's budget. A stream refused by a limit is
    /// reported here, whoever asked for it (a font, a CMap, a page), so no such loss goes unsaid.
    /// </summary>
    public byte[] DecodeStream(PdfStream stream)
    {
        var raw = stream.EncodedData;
        try
        {
            var data = Security is not null && stream.Owner is { } owner ? Security.DecryptStream(raw.Span, owner, stream.Dictionary) : raw;
            return StreamDecoder.Decode(stream, data, this, Limits, Warnings, Budget);
        }
        catch (PdfReadException ex) when (ex.Code == PdfErrorCode.LimitExceeded)
        {
            Warn(ReaderWarningKind.LimitReached, $"Stream {stream.Owner?.ToString() ?? "(direct)"} was not decoded: {ex.Message}");
            throw;
        }
    }

    private PdfObject Decrypt(PdfObject value, ObjectId stored) => value switch
    {
        PdfStream { Dictionary: var d } when d["Type"] is PdfName { Value: "XRef" } => value,
        PdfStream stream => new PdfStream((PdfDictionary)StringDecryption.Apply(stream.Dictionary, Security!, stored), stream.EncodedData, stream.Owner),
        _ => StringDecryption.Apply(value, Security!, stored),
    };

    /// <summary>
    /// Loads an object through the cross-reference table, falling back to the scanned table when the entry is
    /// missing or points at something else. Generation numbers are not enforced: damaged files get them wrong far
    /// more often than they reuse object numbers.
    /// </summary>
    private PdfObject Load(ObjectId id, out ObjectId stored, out bool inObjectStream)
    {
        stored = id;
        inObjectStream = false;
        var hasEntry = xref.Entries.TryGetValue(id.Number, out var entry);
        if (hasEntry && entry.Kind == XrefEntryKind.Free)
        {
            return PdfNull.Instance;
        }

        ObjectsLoaded++;
        if (hasEntry && LoadEntry(id, entry, out stored) is { } value)
        {
            inObjectStream = entry.Kind == XrefEntryKind.InObjectStream;
            return value;
        }

        if (!xref.WasRecovered && ScannedTable().Entries.TryGetValue(id.Number, out var repaired) && LoadEntry(id, repaired, out stored) is { } recovered)
        {
            if (!warnedAboutMisplacedObjects)
            {
                warnedAboutMisplacedObjects = true;
                Warn(ReaderWarningKind.StructureRepaired, $"Object {id} (and perhaps others) is not where the cross-reference data says; found by scanning the file.");
            }

            inObjectStream = repaired.Kind == XrefEntryKind.InObjectStream;
            return recovered;
        }

        stored = id;
        return PdfNull.Instance;
    }

    private PdfObject? LoadEntry(ObjectId id, XrefEntry entry, out ObjectId stored)
    {
        stored = id;
        switch (entry.Kind)
        {
            case XrefEntryKind.InFile:
                var parsed = parser.TryParse(entry.Offset, StreamLength);
                if (parsed is { } p && p.Id.Number == id.Number)
                {
                    stored = p.Id;
                    return p.Value;
                }

                return null;
            case XrefEntryKind.InObjectStream:
                stored = new ObjectId(id.Number, 0);
                return FindInObjectStream(id.Number, entry.StreamNumber, entry.IndexInStream);
            default:
                return null;
        }
    }

    /// <summary>Looks in the object stream the entry names, then along its /Extends chain.</summary>
    private PdfObject? FindInObjectStream(int number, int streamNumber, int index)
    {
        var visited = new HashSet<int>();
        for (var hops = 0; hops < MaxExtendsChain && visited.Add(streamNumber); hops++)
        {
            var members = ObjectStream(streamNumber, out var extends);
            if (index >= 0 && index < members.Count && members[index].Number == number)
            {
                return members[index].Value;
            }

            foreach (var (memberNumber, value) in members)
            {
                if (memberNumber == number)
                {
                    return value;
                }
            }

            if (extends is not { } next)
            {
                break;
            }

            streamNumber = next;
            index = -1;
        }

        return null;
    }

    private long? StreamLength(PdfObject length) => this.Resolve(length) is PdfNumber n ? n.IntegerValue : null;

    private IReadOnlyList<(int Number, PdfObject Value)> ObjectStream(int number, out int? extends)
    {
        for (var node = objectStreams.First; node is not null; node = node.Next)
        {
            if (node.Value.Number == number)
            {
                objectStreams.Remove(node);
                objectStreams.AddFirst(node);
                extends = node.Value.Extends;
                return node.Value.Members;
            }
        }

        IReadOnlyList<(int, PdfObject)> members = [];
        extends = null;
        if (Resolve(new ObjectId(number, 0)) is PdfStream stream)
        {
            var count = stream.Dictionary.GetInt("N", this) ?? 0;
            var first = stream.Dictionary.GetInt("First", this) ?? 0;
            extends = (stream.Dictionary["Extends"] as PdfReference)?.Id.Number;
            members = ObjectStreamParser.Parse(DecodeStream(stream), count, first, Limits);
        }

        objectStreams.AddFirst((number, members, extends));
        if (objectStreams.Count > ObjectStreamCacheSize)
        {
            objectStreams.RemoveLast();
        }

        return members;
    }

    private CrossReferenceTable ScannedTable() => scanned ??= new XrefRecovery(data, Limits, DecodeStream, Cancellation).Scan();

    private void UseScannedTable()
    {
        var recovered = ScannedTable();
        var trailer = new Dictionary<string, PdfObject>(recovered.Trailer.Entries.ToDictionary(e => e.Key, e => e.Value));
        foreach (var (key, value) in xref.Trailer.Entries)
        {
            trailer.TryAdd(key, value);
        }

        xref = new CrossReferenceTable(recovered.Entries, new PdfDictionary(trailer), wasRecovered: true, recovered.CatalogCandidate);
        ForgetLoadedObjects();
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
            // Reading on would hand out undecrypted bytes as text: refuse instead.
            throw new PdfReadException(PdfErrorCode.Corrupt, "The document is encrypted but its /Encrypt dictionary cannot be read.");
        }

        Security = SecurityHandlerFactory.Create(encrypt, this.Resolve(Trailer["ID"]) as PdfArray, password, this);
        ForgetLoadedObjects();
        if (scanned is not null)
        {
            // The scan could not see inside encrypted object streams; scan again with the key.
            scanned = null;
            if (xref.WasRecovered)
            {
                xref = ScannedTable();
            }
        }
    }

    private void ForgetLoadedObjects()
    {
        cache.Clear();
        objectStreams.Clear();
    }

    /// <summary>A file cut short usually lost its final "%%EOF" marker.</summary>
    private bool LooksTruncated() => data.AsSpan(Math.Max(0, data.Length - 1024)).IndexOf("%%EOF"u8) < 0;
}
