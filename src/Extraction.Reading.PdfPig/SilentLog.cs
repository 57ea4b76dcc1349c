using UglyToad.PdfPig.Logging;

namespace Extraction.Reading.PdfPig;

/// <summary>Discards PdfPig's messages where none concern the document (computing a page's initial matrix).</summary>
internal sealed class SilentLog : ILog
{
    public static readonly SilentLog Instance = new();

    public void Debug(string message)
    {
    }

    public void Debug(string message, Exception ex)
    {
    }

    public void Warn(string message)
    {
    }

    public void Error(string message)
    {
    }

    public void Error(string message, Exception ex)
    {
    }
}
