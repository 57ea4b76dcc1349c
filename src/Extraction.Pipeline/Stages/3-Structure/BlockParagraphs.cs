using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Structure;

/// <summary>Splits a block into the paragraphs it holds: several notes set close together, or the items of a list.</summary>
internal sealed class BlockParagraphs
{
    private readonly PatternSet notes;
    private readonly HashSet<string> bullets;
    private readonly double indentToleranceEm;
    private readonly HyphenationOptions hyphenation;

    public BlockParagraphs(PatternSet notes, LayoutOptions layout)
    {
        this.notes = notes;
        bullets = layout.BulletMarkers.ToHashSet(StringComparer.Ordinal);
        indentToleranceEm = layout.IndentToleranceEm;
        hyphenation = layout.Hyphenation;
    }

    /// <summary>
    /// A block may hold several notes set close together ("Anm: …" "Anm: …"): a line that starts like a note, after a
    /// line that ends a sentence, starts a new one.
    /// </summary>
    public IEnumerable<string> Notes(TextBlock block)
    {
        var current = new List<string>();
        foreach (var line in block.Lines)
        {
            if (current.Count > 0 && current[^1].TrimEnd().EndsWith('.') && notes.IsMatch(line.Text))
            {
                yield return LineJoiner.Join(current, hyphenation);
                current.Clear();
            }

            current.Add(line.Text);
        }

        if (current.Count > 0)
        {
            yield return LineJoiner.Join(current, hyphenation);
        }
    }

    /// <summary>
    /// A block holding a list is one paragraph per item: a line starting with a list marker starts the next item, and a
    /// line starting left of an item's text (back at the margin) the paragraph after the list.
    /// </summary>
    public IEnumerable<string> ListItems(TextBlock block)
    {
        if (!block.Lines.Any(IsItem))
        {
            yield return block.Text;
            yield break;
        }

        var current = new List<string>();
        double? itemTextX0 = null;
        foreach (var line in block.Lines)
        {
            var backAtMargin = itemTextX0 is { } x && line.Box.X0 < x - (indentToleranceEm * line.FontSize);
            if (current.Count > 0 && (IsItem(line) || backAtMargin))
            {
                yield return LineJoiner.Join(current, hyphenation);
                current.Clear();
            }

            itemTextX0 = IsItem(line) ? line.Words[1].Box.X0 : backAtMargin ? null : itemTextX0;
            current.Add(line.Text);
        }

        if (current.Count > 0)
        {
            yield return LineJoiner.Join(current, hyphenation);
        }
    }

    private bool IsItem(TextSegment line) => line.Words.Count > 1 && bullets.Contains(line.Words[0].Text);
}
