namespace Extraction.Pdf.Tokenization;

public enum TokenKind
{
    EndOfInput,
    Integer,
    Real,
    LiteralString,
    HexString,
    Name,
    Keyword,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
    ProcedureStart,
    ProcedureEnd,
}
