using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Parsing;

/// <summary>
/// Builds objects from tokens. Keywords come back as <see cref="PdfOperator"/>, so the same parser serves files
/// ("obj", "stream", "R") and content streams (operators).
/// </summary>
public sealed class ObjectParser
{
    private readonly PdfLexer lexer;
    private readonly ReaderLimits limits;

    public ObjectParser(PdfLexer lexer, ReaderLimits limits)
    {
        this.lexer = lexer;
        this.limits = limits;
    }

    public PdfLexer Lexer => lexer;

    /// <summary>The next object or operator, or null at the end of the input.</summary>
    public PdfObject? Read() => Read(0);

    private PdfObject? Read(int depth)
    {
        if (depth > limits.MaxNestingDepth)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"Objects nested deeper than {limits.MaxNestingDepth} levels.");
        }

        var kind = lexer.Next();
        switch (kind)
        {
            case TokenKind.EndOfInput:
                return null;
            case TokenKind.Integer:
                return ReadIntegerOrReference();
            case TokenKind.Real:
                return PdfNumber.Of(lexer.RealValue);
            case TokenKind.LiteralString:
                return new PdfString(lexer.StringBytes);
            case TokenKind.HexString:
                return new PdfString(lexer.StringBytes, isHex: true);
            case TokenKind.Name:
                return lexer.Name;
            case TokenKind.ArrayStart:
                return ReadArray(depth);
            case TokenKind.DictionaryStart:
                return ReadDictionary(depth);
            case TokenKind.Keyword:
                return lexer.Text switch
                {
                    "true" => PdfBoolean.True,
                    "false" => PdfBoolean.False,
                    "null" => PdfNull.Instance,
                    _ => PdfOperator.Of(lexer.Text),
                };
            case TokenKind.ArrayEnd:
                return PdfOperator.Of("]");
            case TokenKind.DictionaryEnd:
                return PdfOperator.Of(">>");
            case TokenKind.ProcedureStart:
                return PdfOperator.Of("{");
            case TokenKind.ProcedureEnd:
                return PdfOperator.Of("}");
            default:
                return PdfOperator.Of(lexer.Text);
        }
    }

    private PdfObject ReadIntegerOrReference()
    {
        var first = lexer.IntegerValue;
        var afterFirst = lexer.Position;
        if (first is >= 0 and <= int.MaxValue && lexer.Next() == TokenKind.Integer)
        {
            var second = lexer.IntegerValue;
            if (second is >= 0 and <= 65535 && lexer.Next() == TokenKind.Keyword && lexer.Text == "R")
            {
                return new PdfReference(new ObjectId((int)first, (int)second));
            }
        }

        lexer.Position = afterFirst;
        return PdfNumber.Of(first);
    }

    private PdfArray ReadArray(int depth)
    {
        var items = new List<PdfObject>();
        while (true)
        {
            var start = lexer.Position;
            var item = Read(depth + 1);
            switch (item)
            {
                case null:
                    return new PdfArray(items.ToArray());
                case PdfOperator { Name: "]" }:
                    return new PdfArray(items.ToArray());
                case PdfOperator { Name: ">>" or "endobj" or "stream" or "obj" }:
                    // Unterminated array: stop before the structural keyword so the caller sees it.
                    lexer.Position = start;
                    return new PdfArray(items.ToArray());
            }

            if (items.Count >= limits.MaxCollectionItems)
            {
                throw new PdfReadException(PdfErrorCode.LimitExceeded, $"Array with more than {limits.MaxCollectionItems} items.");
            }

            items.Add(item);
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var entries = new Dictionary<string, PdfObject>();
        while (true)
        {
            var start = lexer.Position;
            var key = Read(depth + 1);
            switch (key)
            {
                case null:
                    return new PdfDictionary(entries);
                case PdfOperator { Name: ">>" }:
                    return new PdfDictionary(entries);
                case PdfOperator { Name: "endobj" or "stream" or "obj" }:
                    lexer.Position = start;
                    return new PdfDictionary(entries);
                case PdfName name:
                    var valueStart = lexer.Position;
                    var value = Read(depth + 1);
                    if (value is null or PdfOperator { Name: ">>" })
                    {
                        // A key without a value ends the dictionary: keep what came before it.
                        return new PdfDictionary(entries);
                    }

                    if (value is PdfOperator { Name: "endobj" or "stream" or "obj" })
                    {
                        lexer.Position = valueStart;
                        return new PdfDictionary(entries);
                    }

                    if (entries.Count >= limits.MaxCollectionItems)
                    {
                        throw new PdfReadException(PdfErrorCode.LimitExceeded, $"Dictionary with more than {limits.MaxCollectionItems} entries.");
                    }

                    entries[name.Value] = value;
                    break;
            }

            // Anything else in key position is garbage: skip it and keep reading.
        }
    }
}
