namespace Extraction.Pdf.Core;

/// <summary>A problem the reader worked around: its kind, to count and act on, and a message for people.</summary>
public sealed record ReaderWarning(ReaderWarningKind Kind, string Message)
{
    public override string ToString() => Message;
}
