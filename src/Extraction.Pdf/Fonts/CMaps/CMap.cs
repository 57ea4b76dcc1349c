namespace Extraction.Pdf.Fonts.CMaps;

/// <summary>One codespace range: codes of <see cref="Length"/> bytes between <see cref="Low"/> and <see cref="High"/>.</summary>
internal readonly record struct CodespaceRange(int Length, int Low, int High)
{
    /// <summary>Four-byte codes above 0x7FFFFFFF are negative ints, so bounds compare unsigned.</summary>
    public bool Contains(int length, int code) => length == Length && unchecked((uint)code >= (uint)Low && (uint)code <= (uint)High);
}

/// <summary>
/// A CMap (Adobe technical note #5014, ISO 32000-1 §9.7.5): codespace ranges for splitting strings into codes,
/// code → CID mappings for encoding CMaps, and code → Unicode mappings for ToUnicode CMaps. Predefined CMaps that
/// this reader knows without their data files map codes to CIDs by identity (Identity-H/V) or give the text of a
/// code directly (Unicode and national character-set CMaps); see <see cref="PredefinedCMaps"/>.
/// </summary>
internal sealed class CMap
{
    private readonly List<CodespaceRange> codespaces;
    private readonly Dictionary<int, string> unicode;
    private readonly Dictionary<int, int> cids;
    private readonly List<(int Low, int High, int FirstCid)> cidRanges;
    private readonly CMap? parent;
    private readonly bool identity;
    private readonly Func<int, string?>? codeText;

    public CMap(
        List<CodespaceRange> codespaces,
        Dictionary<int, string> unicode,
        Dictionary<int, int> cids,
        List<(int Low, int High, int FirstCid)> cidRanges,
        int writingMode,
        CMap? parent = null)
    {
        this.codespaces = codespaces;
        this.unicode = unicode;
        this.cids = cids;
        this.cidRanges = cidRanges;
        this.parent = parent;
        WritingMode = writingMode;
        identity = parent?.identity ?? false;
        codeText = parent?.codeText;
    }

    /// <summary>A predefined CMap known by rule rather than by data.</summary>
    /// <param name="identity">Codes are CIDs (Identity-H/V).</param>
    /// <param name="codeText">The text a code stands for, for CMaps whose codes are characters of a known character set.</param>
    public CMap(List<CodespaceRange> codespaces, int writingMode, bool identity, Func<int, string?>? codeText)
        : this(codespaces, new Dictionary<int, string>(), new Dictionary<int, int>(), [], writingMode)
    {
        this.identity = identity;
        this.codeText = codeText;
    }

    /// <summary>0 horizontal, 1 vertical.</summary>
    public int WritingMode { get; }

    public IReadOnlyList<CodespaceRange> Codespaces => codespaces;

    public bool HasUnicode => unicode.Count > 0;

    public bool HasCidMappings => cids.Count > 0 || cidRanges.Count > 0;

    /// <summary>Whether <see cref="GetCodeText"/> can say what a code stands for.</summary>
    public bool KnowsCodeText => codeText is not null;

    /// <summary>
    /// Takes the shortest byte sequence that falls in a codespace range (Adobe technical note #5014, §2.5). A CMap
    /// without codespace ranges (a broken embedded one) reads two bytes, the common case for composite fonts.
    /// </summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, int offset, out int code)
    {
        if (codespaces.Count == 0)
        {
            var length = Math.Min(2, bytes.Length - offset);
            code = length == 2 ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset];
            return length;
        }

        var value = 0;
        for (var length = 1; length <= 4 && offset + length <= bytes.Length; length++)
        {
            value = (value << 8) | bytes[offset + length - 1];
            foreach (var range in codespaces)
            {
                if (range.Contains(length, value))
                {
                    code = value;
                    return length;
                }
            }
        }

        // No codespace matches: consume as many bytes as the shortest codespace, as Acrobat does.
        var fallback = Math.Min(codespaces.Min(c => c.Length), bytes.Length - offset);
        code = 0;
        for (var i = 0; i < fallback; i++)
        {
            code = (code << 8) | bytes[offset + i];
        }

        return Math.Max(1, fallback);
    }

    public string? GetUnicode(int code) => unicode.TryGetValue(code, out var text) ? text : null;

    /// <summary>The codes a ToUnicode CMap maps.</summary>
    public IEnumerable<int> MappedCodes => unicode.Keys;

    /// <summary>The CID of a code; null when the CMap does not map it.</summary>
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

        return parent?.GetCid(code) ?? (identity ? code : null);
    }

    /// <summary>
    /// For a "ToUnicode" CMap that a producer wrote with cidchar/cidrange instead of bfchar/bfrange: the CID values
    /// read as Unicode, as poppler reads them. Ranges are capped at the two-byte code space.
    /// </summary>
    public CMap WithCidsAsUnicode()
    {
        var text = new Dictionary<int, string>();
        foreach (var (low, high, first) in cidRanges)
        {
            for (long code = low; code <= high && code - low < 0x10000; code++)
            {
                AddScalar(text, (int)code, first + (int)(code - low));
            }
        }

        foreach (var (code, cid) in cids)
        {
            AddScalar(text, code, cid);
        }

        return new CMap(codespaces, text, cids, cidRanges, WritingMode, parent);
    }

    private static void AddScalar(Dictionary<int, string> text, int code, int value)
    {
        if (value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
        {
            text[code] = char.ConvertFromUtf32(value);
        }
    }

    /// <summary>The text a code stands for in a character-set CMap (UniJIS-UCS2-H, 90ms-RKSJ-H, …); null otherwise.</summary>
    public string? GetCodeText(int code) => codeText?.Invoke(code);
}
