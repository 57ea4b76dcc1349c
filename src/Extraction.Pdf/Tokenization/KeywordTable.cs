using System.Text;

namespace Extraction.Pdf.Tokenization;

/// <summary>Shares one string instance per known keyword, so content streams do not allocate a string per operator.</summary>
internal static class KeywordTable
{
    private static readonly string[] Known =
    [
        "obj", "endobj", "stream", "endstream", "R", "xref", "trailer", "startxref", "true", "false", "null", "f", "n",
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC",
        "ET", "EX", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "re", "RG", "rg", "ri",
        "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz",
        "v", "w", "W", "W*", "y", "'", "\"", "q", "Q",
    ];

    /// <summary>The keywords and operators of the specification.</summary>
    public static IReadOnlyList<string> All => Known;

    private static readonly Dictionary<int, string> ByKey = Known.ToDictionary(k => KeyOf(Encoding.ASCII.GetBytes(k)));

    public static string Get(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= 3 && ByKey.TryGetValue(KeyOf(bytes), out var known))
        {
            return known;
        }

        if (bytes.Length > 3)
        {
            foreach (var candidate in Known)
            {
                if (candidate.Length == bytes.Length && Matches(candidate, bytes))
                {
                    return candidate;
                }
            }
        }

        return Encoding.Latin1.GetString(bytes);
    }

    private static bool Matches(string candidate, ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (candidate[i] != bytes[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int KeyOf(ReadOnlySpan<byte> bytes)
    {
        var key = bytes.Length << 24;
        for (var i = 0; i < bytes.Length && i < 3; i++)
        {
            key |= bytes[i] << (8 * i);
        }

        return key;
    }
}
