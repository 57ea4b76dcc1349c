using Extraction.Core.Layout;
using Extraction.Core.Reading;

namespace Extraction.Core.Tables;

/// <summary>
/// Writes the text of a cell of a text table: its paragraphs joined by a line break. A line starting with a bullet
/// marker set apart from its text starts a list item, written with its marker ("• ", "o "); a line back at the cell's
/// left edge after a list item starts a plain paragraph; other lines continue the paragraph they are in, with words
/// broken at a line end rejoined.
/// </summary>
internal sealed class TextCellWriter
{
    private readonly TextTableOptions options;
    private readonly HyphenationOptions hyphenation;

    public TextCellWriter(TextTableOptions options, HyphenationOptions hyphenation)
    {
        this.options = options;
        this.hyphenation = hyphenation;
    }

    public GridCell Cell(IReadOnlyList<(int Line, int Column, TextSegment Segment)> pieces)
    {
        if (pieces.Count == 0)
        {
            return GridCell.Blank;
        }

        var paragraphs = new List<(string? Marker, double TextX0, List<string> Lines)>();
        foreach (var line in pieces.GroupBy(p => p.Line).OrderBy(g => g.Key).Select(g => g.Select(p => p.Segment).OrderBy(s => s.Box.X0).ToList()))
        {
            if (line.Count > 1 && options.BulletMarkers.Contains(line[0].Text))
            {
                paragraphs.Add((line[0].Text, line[1].Box.X0, [Join(line.Skip(1))]));
            }
            else if (paragraphs.Count == 0 || (paragraphs[^1].Marker is not null && line[0].Box.X0 < paragraphs[^1].TextX0 - options.ColumnTolerance))
            {
                paragraphs.Add((null, line[0].Box.X0, [Join(line)]));
            }
            else
            {
                paragraphs[^1].Lines.Add(Join(line));
            }
        }

        var text = string.Join('\n', paragraphs.Select(p => (p.Marker is null ? string.Empty : p.Marker + " ") + LineJoiner.Join(p.Lines, hyphenation)));
        return new GridCell(text, Box.Enclosing(pieces.Select(p => p.Segment.Box)), pieces.All(p => p.Segment.IsBold));
    }

    private static string Join(IEnumerable<TextSegment> segments) => string.Join(' ', segments.Select(s => s.Text));
}
