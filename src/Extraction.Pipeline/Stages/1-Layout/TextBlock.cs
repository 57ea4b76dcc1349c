using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>
/// A paragraph-like group of segments on consecutive lines, in reading order. <see cref="Text"/> joins the lines
/// with spaces and rejoins words hyphenated at a line end.
/// </summary>
public sealed record TextBlock(IReadOnlyList<TextSegment> Lines, string Text)
{
    public Box Box { get; } = Box.Enclosing(Lines.Select(s => s.Box));

    public double FontSize { get; } = Lines.Max(l => l.FontSize);

    public bool IsBold { get; } = Lines.All(l => l.IsBold);
}
