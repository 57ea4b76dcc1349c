using Extraction.Pdf.Tokenization;
using static Extraction.Pdf.Tokenization.CharacterClass;

namespace Extraction.Pdf.Content;

/// <summary>
/// Skips an inline image (BI … ID data EI). The data is binary and may contain anything, so "EI" counts only when it
/// stands alone between whitespace and is followed by something that looks like content again.
/// </summary>
internal static class InlineImageSkipper
{
    public static void Skip(PdfLexer lexer)
    {
        // Skip the image dictionary up to the ID keyword.
        TokenKind kind;
        while ((kind = lexer.Next()) != TokenKind.EndOfInput)
        {
            if (kind == TokenKind.Keyword && lexer.Text == "ID")
            {
                break;
            }
        }

        var data = lexer.Data;
        var position = lexer.Position + 1;
        while (position + 1 < lexer.End)
        {
            if (data[position] == 'E' && data[position + 1] == 'I' && IsWhitespace(data[position - 1])
                && (position + 2 >= lexer.End || IsWhitespace(data[position + 2]) || IsDelimiter(data[position + 2])))
            {
                lexer.Position = position + 2;
                return;
            }

            position++;
        }

        lexer.Position = lexer.End;
    }
}
