using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Writes the text of a cell of a text table: its paragraphs joined by a line break. A line starting with a list
/// marker (<c>layout.bullet_markers</c>, joined to its text by the layout) starts a list item, written with its marker
/// ("• ", "o "); a line back at the cell's left edge after a list item starts a plain paragraph; other lines continue
/// the paragraph they are in, with words broken at a line end rejoined.
/// </summary>
internal sealed class TextCellWriter
{
    private readonly TextTableOptions options;
    private readonly LayoutOptions layout;

    public TextCellWriter(TextTableOptions options, LayoutOptions layout)
    {
        this.options = options;
        this.layout = layout;
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
            var first = line[0].Words;
            if (first.Count > 1 && layout.BulletMarkers.Contains(first[0].Text))
            {
                paragraphs.Add((first[0].Text, first[1].Box.X0, [string.Join(' ', first.Skip(1).Select(w => w.Text).Concat(line.Skip(1).Select(s => s.Text)))]));
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

        var text = string.Join('\n', paragraphs.Select(p => (p.Marker is null ? string.Empty : p.Marker + " ") + LineJoiner.Join(p.Lines, layout.Hyphenation)));
        return new GridCell(text, Box.Enclosing(pieces.Select(p => p.Segment.Box)), pieces.All(p => p.Segment.IsBold));
    }

    private static string Join(IEnumerable<TextSegment> segments) => string.Join(' ', segments.Select(s => s.Text));
}
