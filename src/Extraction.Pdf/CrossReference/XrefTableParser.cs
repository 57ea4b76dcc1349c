using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.CrossReference;

/// <summary>Parses a classic "xref" table and the trailer dictionary after it (ISO 32000-1 §7.5.4).</summary>
internal static class XrefTableParser
{
    /// <summary>Reads subsections into <paramref name="entries"/>; the lexer must be just past "xref".</summary>
    public static PdfDictionary? Parse(PdfLexer lexer, Dictionary<int, XrefEntry> entries, ReaderLimits limits)
    {
        while (true)
        {
            var kind = lexer.Next();
            if (kind == TokenKind.Keyword && lexer.Text == "trailer")
            {
                return new ObjectParser(lexer, limits).Read() as PdfDictionary;
            }

            if (kind != TokenKind.Integer)
            {
                return null;
            }

            var first = lexer.IntegerValue;
            if (lexer.Next() != TokenKind.Integer)
            {
                return null;
            }

            var count = lexer.IntegerValue;
            if (first < 0 || count < 0 || first + count > limits.MaxObjectNumber)
            {
                throw new PdfReadException(PdfErrorCode.Corrupt, "Cross-reference subsection out of range.");
            }

            for (var i = 0; i < count; i++)
            {
                if (lexer.Next() != TokenKind.Integer)
                {
                    return null;
                }

                var offset = lexer.IntegerValue;
                if (lexer.Next() != TokenKind.Integer)
                {
                    return null;
                }

                var generation = (int)Math.Clamp(lexer.IntegerValue, 0, 65535);
                if (lexer.Next() != TokenKind.Keyword)
                {
                    return null;
                }

                if (i == 0 && first == 1 && lexer.Text == "f" && generation == 65535)
                {
                    // A common writer bug numbers the table from 1 although its first row is object 0's: shift it back.
                    first = 0;
                }

                var number = (int)(first + i);
                entries.TryAdd(number, lexer.Text == "n" && offset > 0 ? XrefEntry.AtOffset(offset, generation) : XrefEntry.Free(generation));
            }
        }
    }
}
