using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Parsing;

/// <summary>An indirect object read from the file: its identity as declared there, and its value.</summary>
public readonly record struct IndirectObject(ObjectId Id, PdfObject Value);

/// <summary>
/// Reads "N G obj … endobj" at a file offset, including stream bodies. A wrong or missing /Length is repaired by
/// searching for "endstream", as every mainstream reader does.
/// </summary>
public sealed class IndirectObjectParser
{
    private static readonly byte[] EndStream = "endstream"u8.ToArray();
    private static readonly byte[] EndObj = "endobj"u8.ToArray();

    private readonly byte[] data;
    private readonly ReaderLimits limits;
    private readonly CancellationToken cancellation;
    private int[]? endStreams;
    private int[]? endObjs;

    public IndirectObjectParser(byte[] data, ReaderLimits limits, CancellationToken cancellation = default)
    {
        this.data = data;
        this.limits = limits;
        this.cancellation = cancellation;
    }

    /// <summary>Parses the object at <paramref name="offset"/>; null when no "N G obj" header is there.</summary>
    /// <param name="offset">Byte offset of the object number.</param>
    /// <param name="streamLength">Resolves an indirect /Length; may return null when unknown.</param>
    public IndirectObject? TryParse(long offset, Func<PdfObject, long?> streamLength)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(data, (int)offset, cancellation: cancellation);
        if (lexer.Next() != TokenKind.Integer)
        {
            return null;
        }

        var number = lexer.IntegerValue;
        if (lexer.Next() != TokenKind.Integer)
        {
            return null;
        }

        var generation = lexer.IntegerValue;
        if (lexer.Next() != TokenKind.Keyword || lexer.Text != "obj" || number < 0 || number > int.MaxValue || generation is < 0 or > 65535)
        {
            return null;
        }

        var id = new ObjectId((int)number, (int)generation);
        var parser = new ObjectParser(lexer, limits);
        var value = parser.Read() ?? PdfNull.Instance;
        if (value is PdfOperator { Name: "endobj" })
        {
            return new IndirectObject(id, PdfNull.Instance);
        }

        if (value is PdfOperator)
        {
            return new IndirectObject(id, PdfNull.Instance);
        }

        var afterValue = lexer.Position;
        if (value is PdfDictionary dictionary && lexer.Next() == TokenKind.Keyword && lexer.Text == "stream")
        {
            return new IndirectObject(id, ReadStream(dictionary, lexer.Position, streamLength, id));
        }

        lexer.Position = afterValue;
        return new IndirectObject(id, value);
    }

    private PdfStream ReadStream(PdfDictionary dictionary, int afterKeyword, Func<PdfObject, long?> streamLength, ObjectId owner)
    {
        // The keyword is followed by CRLF or LF (a lone CR is tolerated), then the data.
        var start = afterKeyword;
        if (start < data.Length && data[start] == '\r')
        {
            start++;
        }

        if (start < data.Length && data[start] == '\n')
        {
            start++;
        }

        // A direct length needs no resolver; only an indirect one goes through the caller.
        var declared = dictionary["Length"] switch
        {
            PdfNumber direct => direct.IntegerValue,
            { } indirect => streamLength(indirect),
            null => null,
        };
        // Compared with what is left of the file rather than added to the start: a /Length near 2^63 must not overflow.
        if (declared is { } length && length >= 0 && length <= data.Length - start && EndStreamFollows(start + (int)length))
        {
            return new PdfStream(dictionary, data.AsMemory(start, (int)length), owner);
        }

        var end = FindEndOfStreamData(start);
        return new PdfStream(dictionary, data.AsMemory(start, end - start), owner);
    }

    private bool EndStreamFollows(int position)
    {
        var lexer = new PdfLexer(data, position, Math.Min(data.Length, position + 64));
        return lexer.Next() == TokenKind.Keyword && lexer.Text == "endstream";
    }

    /// <summary>Finds "endstream" (or, failing that, "endobj") and trims the end-of-line before it.</summary>
    private int FindEndOfStreamData(int start)
    {
        var index = NextAtOrAfter(endStreams ??= Occurrences(EndStream), start);
        if (index < 0)
        {
            index = NextAtOrAfter(endObjs ??= Occurrences(EndObj), start);
        }

        if (index < 0)
        {
            throw new PdfReadException(PdfErrorCode.Truncated, "Stream data runs to the end of the file.");
        }

        var end = index;
        if (end > start && data[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && data[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Every position of a keyword in the file, found once: searching afresh for each stream without a usable /Length
    /// would make a file of many such streams quadratic.
    /// </summary>
    private int[] Occurrences(byte[] keyword)
    {
        var found = new List<int>();
        var span = data.AsSpan();
        for (var at = 0; at < data.Length;)
        {
            var index = span[at..].IndexOf(keyword);
            if (index < 0)
            {
                break;
            }

            found.Add(at + index);
            at += index + keyword.Length;
        }

        return found.ToArray();
    }

    private static int NextAtOrAfter(int[] positions, int start)
    {
        var index = Array.BinarySearch(positions, start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < positions.Length ? positions[index] : -1;
    }
}
