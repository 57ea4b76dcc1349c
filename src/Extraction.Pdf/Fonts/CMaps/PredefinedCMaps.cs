using System.Text;

namespace Extraction.Pdf.Fonts.CMaps;

/// <summary>
/// The predefined CMaps of ISO 32000-1 §9.7.5.2 that can be served without Adobe's CMap files: Identity-H/V; the
/// Unicode CMaps (Uni…-UCS2, -UTF16, -UTF32, -UTF8), whose codes are Unicode text; and the national character-set
/// CMaps (Shift-JIS, EUC, GBK, GB 18030, Big Five, UHC), whose codes are decoded with the matching code page.
/// Their code → CID tables are not known, so glyph widths fall back to /DW for them.
/// </summary>
internal static class PredefinedCMaps
{
    private static readonly CodespaceRange TwoBytes = new(2, 0x0000, 0xFFFF);

    public static CMap? Get(string name)
    {
        var writingMode = name == "V" || name.EndsWith("-V", StringComparison.Ordinal) ? 1 : 0;
        if (name is "Identity-H" or "Identity-V")
        {
            return new CMap([TwoBytes], writingMode, identity: true, codeText: null);
        }

        if (name.StartsWith("Uni", StringComparison.Ordinal))
        {
            return Unicode(name, writingMode);
        }

        return CharacterSet(name) is var (codePage, codespaces, transform) && CodePage(codePage) is { } encoding
            ? new CMap(codespaces, writingMode, identity: false, code => Decode(encoding, transform(code)))
            : null;
    }

    private static CMap? Unicode(string name, int writingMode)
    {
        if (name.Contains("-UCS2-", StringComparison.Ordinal))
        {
            return new CMap([TwoBytes], writingMode, false, code => code is >= 0xD800 and <= 0xDFFF ? null : ((char)code).ToString());
        }

        if (name.Contains("-UTF16-", StringComparison.Ordinal))
        {
            return new CMap([new(2, 0x0000, 0xD7FF), new(4, unchecked((int)0xD800DC00), unchecked((int)0xDBFFDFFF)), new(2, 0xE000, 0xFFFF)], writingMode, false, Utf16);
        }

        if (name.Contains("-UTF32-", StringComparison.Ordinal))
        {
            return new CMap([new(4, 0, 0x10FFFF)], writingMode, false, code => code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null);
        }

        if (name.Contains("-UTF8-", StringComparison.Ordinal))
        {
            return new CMap([new(1, 0x00, 0x7F), new(2, 0xC280, 0xDFBF), new(3, 0xE0A080, 0xEFBFBF), new(4, unchecked((int)0xF0908080), unchecked((int)0xF48FBFBF))], writingMode, false, code => Decode(Encoding.UTF8, code));
        }

        return null;
    }

    /// <summary>Code page, codespace ranges and any code transformation of each family of character-set CMaps.</summary>
    private static (int CodePage, List<CodespaceRange> Codespaces, Func<int, int> Transform)? CharacterSet(string name)
    {
        var family = name.EndsWith("-H", StringComparison.Ordinal) || name.EndsWith("-V", StringComparison.Ordinal) ? name[..^2] : name;
        List<CodespaceRange> eucLike = [new(1, 0x00, 0x80), new(2, 0x8140, 0xFEFE)];
        return family switch
        {
            "GB-EUC" or "GBpc-EUC" or "GBK-EUC" or "GBKp-EUC" or "GBT-EUC" or "GBTpc-EUC" => (936, eucLike, Same),
            "GBK2K" => (54936, [new(1, 0x00, 0x80), new(2, 0x8140, 0xFEFE), new(4, unchecked((int)0x81308130), unchecked((int)0xFE39FE39))], Same),
            "B5pc" or "ETen-B5" or "ETenms-B5" or "HKscs-B5" or "HKdla-B5" or "HKdlb-B5" or "HKgccs-B5" or "HKm314-B5" or "HKm471-B5" or "B5" =>
                (950, [new(1, 0x00, 0x80), new(2, 0xA140, 0xFEFE)], Same),
            "83pv-RKSJ" or "90ms-RKSJ" or "90msp-RKSJ" or "90pv-RKSJ" or "Add-RKSJ" or "Ext-RKSJ" =>
                (932, [new(1, 0x00, 0x80), new(1, 0xA0, 0xDF), new(2, 0x8140, 0x9FFC), new(2, 0xE040, 0xFCFC)], Same),
            "EUC" or "Add-EUC" or "Ext-EUC" => (51932, [new(1, 0x00, 0x80), new(2, 0x8EA0, 0x8EDF), new(2, 0xA1A1, 0xFEFE)], Same),

            // ISO-2022-JP without escapes: JIS X 0208 row and cell, which EUC-JP carries with the high bits set.
            "H" or "V" => (51932, [new(2, 0x2121, 0x7E7E)], code => code | 0x8080),
            "KSC-EUC" or "KSCpc-EUC" => (949, [new(1, 0x00, 0x80), new(2, 0xA1A1, 0xFEFE)], Same),
            "KSCms-UHC" or "KSCms-UHC-HW" => (949, [new(1, 0x00, 0x80), new(2, 0x8141, 0xFEFE)], Same),
            _ => null,
        };
    }

    private static int Same(int code) => code;

    private static Encoding? CodePage(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Two-byte codes are one UTF-16 unit, four-byte codes a surrogate pair (whose int value is negative).</summary>
    private static string? Utf16(int code)
    {
        var value = unchecked((uint)code);
        if (value <= 0xFFFF)
        {
            return value is >= 0xD800 and <= 0xDFFF ? null : ((char)value).ToString();
        }

        return new string([(char)(value >> 16), (char)(value & 0xFFFF)]);
    }

    /// <summary>Decodes a code's bytes (big-endian, without leading zero bytes) with a character encoding.</summary>
    private static string? Decode(Encoding encoding, int code)
    {
        Span<byte> bytes = stackalloc byte[4];
        var length = 0;
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            var b = (byte)(code >> shift);
            if (b != 0 || length > 0 || shift == 0)
            {
                bytes[length++] = b;
            }
        }

        var text = encoding.GetString(bytes[..length]);
        return text.Length == 0 || text.Contains('\uFFFD') ? null : text;
    }
}
