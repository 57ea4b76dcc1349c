namespace Extraction.Pdf.Fonts.Programs;

/// <summary>A font program is damaged. Never escapes the font layer: the font falls back to what the PDF says.</summary>
internal sealed class FontFormatException : Exception
{
    public FontFormatException(string message)
        : base(message)
    {
    }
}
