using System.Text;
using Extraction.Document;
using UglyToad.PdfPig.Exceptions;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// Turns what PdfPig throws for a file it cannot open into the seam's typed error. PdfPig's exceptions do not say
/// what is wrong (a format exception, an invalid operation, an index out of range are all "damaged"), so the file's
/// own bytes decide between the codes the repository's reader gives: no bytes, no PDF header, no end-of-file marker
/// (cut off), or else damaged inside.
/// </summary>
internal static class ReadFailureCodes
{
    /// <summary>PDF readers look for the header within the first kilobyte (ISO 32000-2 annex H tolerates leading junk),
    /// and for the end-of-file marker within the last.</summary>
    private const int MarkerWindow = 1024;

    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] EndOfFile = Encoding.ASCII.GetBytes("%%EOF");

    /// <summary>The failure to report before PdfPig is asked at all: a file with no bytes or no PDF header.</summary>
    public static DocumentReadException? BeforeOpening(byte[] content)
    {
        if (content.Length == 0)
        {
            return new DocumentReadException(ReadErrorCode.EmptyFile, "The file is empty.");
        }

        return content.AsSpan(0, Math.Min(MarkerWindow, content.Length)).IndexOf(Header) < 0
            ? new DocumentReadException(ReadErrorCode.NotAPdf, "The file has no PDF header (%PDF-) in its first kilobyte: it is not a PDF.")
            : null;
    }

    /// <summary>The typed error for an exception PdfPig threw while opening or reading the whole document.</summary>
    public static DocumentReadException Classify(Exception exception, byte[] content)
    {
        if (exception is PdfDocumentEncryptedException)
        {
            return new DocumentReadException(ReadErrorCode.PasswordRequired, $"The document is encrypted and the password is missing or wrong: {exception.Message}", exception);
        }

        return IsCutOff(content)
            ? new DocumentReadException(ReadErrorCode.Truncated, $"The file ends before its end-of-file marker (cut off): {Describe(exception)}", exception)
            : new DocumentReadException(ReadErrorCode.Corrupt, $"The file is damaged: {Describe(exception)}", exception);
    }

    public static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    private static bool IsCutOff(byte[] content)
    {
        var start = Math.Max(0, content.Length - MarkerWindow);
        return content.AsSpan(start).IndexOf(EndOfFile) < 0;
    }
}
