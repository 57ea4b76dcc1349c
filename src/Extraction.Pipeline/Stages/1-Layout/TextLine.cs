using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>Words that share a baseline across the page, left to right, split into segments at wide gaps.</summary>
public sealed record TextLine(IReadOnlyList<TextSegment> Segments)
{
    public Box Box { get; } = Box.Enclosing(Segments.Select(s => s.Box));

    public IEnumerable<TextWord> Words => Segments.SelectMany(s => s.Words);

    public string Text { get; } = string.Join(' ', Segments.Select(s => s.Text));

    public double FontSize { get; } = Segments.Max(s => s.FontSize);

    public bool IsBold { get; } = Segments.All(s => s.IsBold);
}
