namespace Extraction.Pdf.Fonts.CMaps;

/// <summary>One codespace range: codes of <see cref="Length"/> bytes between <see cref="Low"/> and <see cref="High"/>.</summary>
internal readonly record struct CodespaceRange(int Length, int Low, int High);

/// <summary>
/// A parsed CMap (Adobe technical note #5014, ISO 32000-1 §9.7.5): codespace ranges for splitting strings into codes,
/// code → CID mappings for encoding CMaps, and code → Unicode mappings for ToUnicode CMaps.
/// </summary>
internal sealed class CMap
{
    private readonly List<CodespaceRange> codespaces;
    private readonly Dictionary<int, string> unicode;
    private readonly Dictionary<int, int> cids;
    private readonly List<(int Low, int High, int FirstCid)> cidRanges;

    public CMap(
        List<CodespaceRange> codespaces,
        Dictionary<int, string> unicode,
        Dictionary<int, int> cids,
        List<(int Low, int High, int FirstCid)> cidRanges,
        int writingMode)
    {
        this.codespaces = codespaces;
        this.unicode = unicode;
        this.cids = cids;
        this.cidRanges = cidRanges;
        WritingMode = writingMode;
    }

    /// <summary>0 horizontal, 1 vertical.</summary>
    public int WritingMode { get; }

    public IReadOnlyList<CodespaceRange> Codespaces => codespaces;

    public bool HasUnicode => unicode.Count > 0;

    public bool HasCidMappings => cids.Count > 0 || cidRanges.Count > 0;

    /// <summary>Takes the shortest byte sequence that falls in a codespace range (Adobe technical note #5014, §2.5).</summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code)
    {
        var value = 0;
        for (var length = 1; length <= 4 && offset + length <= bytes.Length; length++)
        {
            value = (value << 8) | bytes[offset + length - 1];
            foreach (var range in codespaces)
            {
                if (range.Length == length && value >= range.Low && value <= range.High)
                {
                    code = value;
                    return length;
                }
            }
        }

        // No codespace matches: consume as many bytes as the shortest codespace, as Acrobat does.
        var fallback = codespaces.Count > 0 ? Math.Min(codespaces.Min(c => c.Length), bytes.Length - offset) : 1;
        code = 0;
        for (var i = 0; i < fallback; i++)
        {
            code = (code << 8) | bytes[offset + i];
        }

        return Math.Max(1, fallback);
    }

    public string? GetUnicode(int code) => unicode.TryGetValue(code, out var text) ? text : null;

    public int? GetCid(int code)
    {
        if (cids.TryGetValue(code, out var cid))
        {
            return cid;
        }

        foreach (var (low, high, first) in cidRanges)
        {
            if (code >= low && code <= high)
            {
                return first + (code - low);
            }
        }

        return null;
    }
}
