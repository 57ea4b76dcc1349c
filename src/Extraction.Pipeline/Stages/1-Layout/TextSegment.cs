using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>
/// Words of one line that sit close together: a phrase of prose or the content of one table cell. A line splits into
/// segments where the gap between words is much wider than a space.
/// </summary>
public sealed record TextSegment(IReadOnlyList<TextWord> Words)
{
    public Box Box { get; } = Box.Enclosing(Words.Select(w => w.Box));

    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public double FontSize { get; } = Words.Max(w => w.FontSize);

    public bool IsBold { get; } = Words.All(w => w.IsBold);
}
