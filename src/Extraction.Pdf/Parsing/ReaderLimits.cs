namespace Extraction.Pdf.Parsing;

/// <summary>Bounds that keep hostile files from exhausting memory, stack or time. Defaults suit real documents with a wide margin.</summary>
public sealed record ReaderLimits
{
    /// <summary>Files above this size are refused before reading.</summary>
    public long MaxFileBytes { get; init; } = 2L * 1024 * 1024 * 1024 - 1;

    /// <summary>Nesting of arrays and dictionaries inside one object.</summary>
    public int MaxNestingDepth { get; init; } = 200;

    /// <summary>Items in one array or dictionary.</summary>
    public int MaxCollectionItems { get; init; } = 5_000_000;

    /// <summary>Bytes one decoded stream may grow to (guards against decompression bombs).</summary>
    public int MaxDecodedStreamBytes { get; init; } = 512 * 1024 * 1024;

    /// <summary>
    /// Bytes all of a document's streams may decode to together (content, fonts, CMaps, object and cross-reference
    /// streams; a stream decoded twice counts twice), so no file can make reading it cost more, whatever sizes it claims.
    /// </summary>
    public long MaxDecodedBytesPerDocument { get; init; } = 256L * 1024 * 1024;

    /// <summary>Nesting of form XObjects and Type 3 glyph procedures.</summary>
    public int MaxFormDepth { get; init; } = 24;

    /// <summary>Operators executed on one page, including those inside forms.</summary>
    public long MaxOperatorsPerPage { get; init; } = 20_000_000;

    /// <summary>Letters kept on one page.</summary>
    public int MaxLettersPerPage { get; init; } = 2_000_000;

    /// <summary>Objects an xref chain or recovery scan may declare.</summary>
    public int MaxObjectNumber { get; init; } = 10_000_000;

    /// <summary>Indirect objects that may be waiting on each other while one is loaded (a /Length inside an object stream inside …).</summary>
    public int MaxResolutionDepth { get; init; } = 64;

    /// <summary>Resolved objects a document keeps in memory for reuse; bounded so long documents do not grow memory.</summary>
    public int ObjectCacheSize { get; init; } = 4096;
}
