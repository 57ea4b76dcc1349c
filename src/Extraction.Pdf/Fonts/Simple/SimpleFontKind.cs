namespace Extraction.Pdf.Fonts.Simple;

/// <summary>What drives a simple font's defaults: the embedded program's format when there is one, else /Subtype.</summary>
internal enum SimpleFontKind
{
    Type1,
    Cff,
    TrueType,

    /// <summary>An OpenType program: no encoding is read from it and StandardEncoding is the default, as in poppler.</summary>
    OpenType,
    Type3,
}
