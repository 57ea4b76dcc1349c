using Extraction.Pdf.Objects;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Parsing;

/// <summary>Reads the objects packed into a decoded object stream (/Type /ObjStm, ISO 32000-1 §7.5.7).</summary>
public static class ObjectStreamParser
{
    /// <summary>Object number and value of each object in the stream, in stream order.</summary>
    public static IReadOnlyList<(int Number, PdfObject Value)> Parse(byte[] decoded, int count, int first, ReaderLimits limits)
    {
        var header = new PdfLexer(decoded, 0, Math.Min(first, decoded.Length));
        var offsets = new List<(int Number, int Offset)>();
        for (var i = 0; i < count; i++)
        {
            if (header.Next() != TokenKind.Integer)
            {
                break;
            }

            var number = header.IntegerValue;
            if (header.Next() != TokenKind.Integer)
            {
                break;
            }

            if (number is >= 0 and <= int.MaxValue && header.IntegerValue is >= 0 && first + header.IntegerValue < decoded.Length)
            {
                offsets.Add(((int)number, first + (int)header.IntegerValue));
            }
        }

        var result = new List<(int, PdfObject)>(offsets.Count);
        foreach (var (number, offset) in offsets)
        {
            var parser = new ObjectParser(new PdfLexer(decoded, offset), limits);
            PdfObject value;
            try
            {
                value = parser.Read() ?? PdfNull.Instance;
            }
            catch (Core.PdfReadException)
            {
                value = PdfNull.Instance;
            }

            result.Add((number, value is PdfOperator ? PdfNull.Instance : value));
        }

        return result;
    }
}
