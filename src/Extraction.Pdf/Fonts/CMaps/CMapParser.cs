using System.Text;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Fonts.CMaps;

/// <summary>Parses CMap programs (ToUnicode and embedded encoding CMaps), tolerating the many malformed ones in the wild.</summary>
internal static class CMapParser
{
    /// <summary>bfrange spans are capped: a range over the whole 2-byte space is legal, anything larger is garbage.</summary>
    private const int MaxRangeSpan = 0x10000;

    /// <param name="data">The decoded CMap stream.</param>
    /// <param name="parent">The CMap this one builds on (a stream's /UseCMap), when the caller has resolved it.</param>
    /// <param name="resolveName">Finds the CMap a "usecmap" operator names; null when names cannot be resolved.</param>
    public static CMap Parse(byte[] data, CMap? parent = null, Func<string, CMap?>? resolveName = null)
    {
        var codespaces = new List<CodespaceRange>();
        var unicode = new Dictionary<int, string>();
        var cids = new Dictionary<int, int>();
        var cidRanges = new List<(int, int, int)>();
        var writingMode = parent?.WritingMode ?? 0;
        var parser = new ObjectParser(new PdfLexer(data), new ReaderLimits { MaxNestingDepth = 16 });
        var operands = new List<PdfObject>();
        while (true)
        {
            PdfObject? item;
            try
            {
                item = parser.Read();
            }
            catch (Core.PdfReadException)
            {
                break;
            }

            if (item is null)
            {
                break;
            }

            if (item is not PdfOperator op)
            {
                operands.Add(item);
                continue;
            }

            switch (op.Name)
            {
                case "endcodespacerange":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i] is PdfString low && operands[i + 1] is PdfString high && low.Bytes.Length is >= 1 and <= 4)
                        {
                            codespaces.Add(new CodespaceRange(low.Bytes.Length, ToInt(low.Bytes), ToInt(high.Bytes)));
                        }
                    }

                    break;
                case "endbfchar":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i] is PdfString source && Destination(operands[i + 1]) is { } text)
                        {
                            unicode[ToInt(source.Bytes)] = text;
                        }
                    }

                    break;
                case "endbfrange":
                    for (var i = 0; i + 2 < operands.Count; i += 3)
                    {
                        if (operands[i] is PdfString low && operands[i + 1] is PdfString high)
                        {
                            AddBfRange(unicode, ToInt(low.Bytes), ToInt(high.Bytes), operands[i + 2]);
                        }
                    }

                    break;
                case "endcidchar":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i] is PdfString source && operands[i + 1] is PdfNumber cid)
                        {
                            cids[ToInt(source.Bytes)] = cid.IntValue;
                        }
                    }

                    break;
                case "endcidrange":
                    for (var i = 0; i + 2 < operands.Count; i += 3)
                    {
                        if (operands[i] is PdfString low && operands[i + 1] is PdfString high && operands[i + 2] is PdfNumber first)
                        {
                            cidRanges.Add((ToInt(low.Bytes), ToInt(high.Bytes), first.IntValue));
                        }
                    }

                    break;
                case "usecmap":
                    if (operands.Count > 0 && operands[^1] is PdfName used && resolveName?.Invoke(used.Value) is { } named)
                    {
                        parent = named;
                        writingMode = named.WritingMode;
                    }

                    break;
                case "def":
                    if (operands.Count >= 2 && operands[^2] is PdfName { Value: "WMode" } && operands[^1] is PdfNumber mode)
                    {
                        writingMode = mode.IntValue;
                    }

                    break;
            }

            operands.Clear();
        }

        if (parent is not null)
        {
            // The used CMap's codespaces come first; ranges this CMap adds extend them.
            codespaces.InsertRange(0, parent.Codespaces.Where(c => !codespaces.Contains(c)));
        }

        return new CMap(codespaces, unicode, cids, cidRanges, writingMode, parent);
    }

    private static void AddBfRange(Dictionary<int, string> unicode, int low, int high, PdfObject destination)
    {
        // Four-byte codes may be negative ints; the span is counted in unsigned terms so no loop can wrap around.
        var span = (long)unchecked((uint)high) - unchecked((uint)low);
        if (span is < 0 or >= MaxRangeSpan)
        {
            return;
        }

        if (destination is PdfArray array)
        {
            for (var k = 0; k <= span && k < array.Count; k++)
            {
                if (Destination(array[k]) is { } text)
                {
                    unicode[unchecked(low + k)] = text;
                }
            }

            return;
        }

        if (destination is not PdfString start || start.Bytes.Length == 0)
        {
            return;
        }

        var bytes = (byte[])start.Bytes.Clone();
        for (var k = 0; k <= span; k++)
        {
            unicode[unchecked(low + k)] = Utf16(bytes);
            Increment(bytes);
        }
    }

    /// <summary>Adds one to the destination's last byte, carrying into the previous ones.</summary>
    private static void Increment(byte[] bytes)
    {
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (++bytes[i] != 0)
            {
                return;
            }
        }
    }

    private static string? Destination(PdfObject value) => value switch
    {
        PdfString s => Utf16(s.Bytes),
        PdfName n => GlyphList.ToUnicode(n.Value),
        _ => null,
    };

    private static string Utf16(byte[] bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        return Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
    }

    private static int ToInt(byte[] bytes)
    {
        var value = 0;
        for (var i = 0; i < bytes.Length && i < 4; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }
}
