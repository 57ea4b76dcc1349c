using Extraction.Pdf.Core;

namespace Extraction.Pdf.Document;

/// <summary>Tells a PDF from other input before any parsing starts.</summary>
internal static class FileHeader
{
    /// <summary>Readers accept a header anywhere in the first kilobyte (some files carry a preamble).</summary>
    private const int HeaderWindow = 1024;

    public static void Check(byte[] data)
    {
        if (data.Length == 0)
        {
            throw new PdfReadException(PdfErrorCode.EmptyFile, "The file is empty.");
        }

        var window = data.AsSpan(0, Math.Min(HeaderWindow, data.Length));
        if (window.IndexOf("%PDF-"u8) < 0)
        {
            throw new PdfReadException(PdfErrorCode.NotAPdf, "The file does not start with a %PDF- header.");
        }
    }
}
