using UglyToad.PdfPig.Logging;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// Collects what PdfPig reports while it works around damage, so it becomes the document's or the page's reader
/// warnings instead of going unseen. Debug messages are progress notes, not problems, and are left out.
/// </summary>
internal sealed class WarningLog : ILog
{
    private readonly List<string> messages = new();

    public int Count => messages.Count;

    /// <summary>The messages logged since <paramref name="start"/> (a value of <see cref="Count"/> taken earlier).</summary>
    public IReadOnlyList<string> Since(int start) => messages.Skip(start).Distinct().ToList();

    public void Debug(string message)
    {
    }

    public void Debug(string message, Exception ex)
    {
    }

    public void Warn(string message) => messages.Add(message);

    public void Error(string message) => messages.Add(message);

    public void Error(string message, Exception ex) => messages.Add($"{message}: {ex.Message}");
}
