using Extraction.Pdf.Core;

namespace Extraction.Pdf.Text;

/// <summary>A run of letters with no word break between them.</summary>
public sealed record Word(string Text, PdfRectangle Box, IReadOnlyList<Letter> Letters)
{
    public TextDirection Direction => Letters[0].Direction;

    public double FontSize => Letters[0].FontSize;

    public string FontName => Letters[0].FontName;

    public bool IsBold => Letters[0].IsBold;

    public bool IsItalic => Letters[0].IsItalic;
}
