using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>Lines that make up one table candidate, and the ruled grid around them when the table has borders.</summary>
public sealed record TableRegion(IReadOnlyList<LineProfile> Lines, Box? RuledBox, IReadOnlyList<Ruling> Rulings)
{
    public Box Box => RuledBox ?? Box.Enclosing(Lines.Select(l => l.Line.Box));
}
