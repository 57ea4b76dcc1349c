using System.Text;
using Extraction.Document;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// Cuts a page's glyphs, in content order, into words the way the repository's reader (and poppler) does: a word ends
/// at a whitespace glyph, at a gap wider than <see cref="PdfPigReaderOptions.MinWordBreakSpace"/> of the font size or
/// an overlap deeper than <see cref="PdfPigReaderOptions.MinOverlapBreak"/>, at a baseline shift, at a change of font
/// size or of writing direction. A word drawn twice in place (fake bold) is kept once.
/// </summary>
internal sealed class WordBuilder
{
    private readonly PdfPigReaderOptions options;

    public WordBuilder(PdfPigReaderOptions options) => this.options = options;

    public IReadOnlyList<TextWord> Build(IEnumerable<Glyph> glyphs)
    {
        var words = new List<List<Glyph>>();
        List<Glyph>? current = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.Text.Length == 0 || string.IsNullOrWhiteSpace(glyph.Text))
            {
                current = null;
                continue;
            }

            if (current is null || Breaks(current, glyph))
            {
                current = [];
                words.Add(current);
            }

            current.Add(glyph);
        }

        return WithoutDuplicates(words.Select(ToWord)).ToList();
    }

    private bool Breaks(List<Glyph> word, Glyph next)
    {
        var first = word[0];
        var direction = first.Direction;
        if (next.Direction != direction || next.FontSize != first.FontSize)
        {
            return true;
        }

        var penEnd = word.Max(g => Glyph.Along(direction, g.EndX, g.EndY));
        var gap = Glyph.Along(direction, next.StartX, next.StartY) - penEnd;
        var shift = Math.Abs(Glyph.Across(direction, next.StartX, next.StartY) - Glyph.Across(direction, first.StartX, first.StartY));
        var size = first.FontSize;
        return gap > options.MinWordBreakSpace * size || gap < -options.MinOverlapBreak * size || shift > options.MaxBaselineShift;
    }

    private static TextWord ToWord(List<Glyph> glyphs)
    {
        var first = glyphs[0];
        var text = new StringBuilder();
        foreach (var glyph in glyphs)
        {
            text.Append(glyph.Text);
        }

        return new TextWord(text.ToString(), Box.Enclosing(glyphs.Select(g => g.Box)), first.FontSize, first.FontName, first.IsBold, first.IsItalic, first.Direction == 0);
    }

    private IEnumerable<TextWord> WithoutDuplicates(IEnumerable<TextWord> words)
    {
        var seen = new Dictionary<string, List<TextWord>>();
        foreach (var word in words)
        {
            if (!seen.TryGetValue(word.Text, out var same))
            {
                seen[word.Text] = same = [];
            }

            if (same.Any(earlier => IsRedrawOf(word, earlier)))
            {
                continue;
            }

            same.Add(word);
            yield return word;
        }
    }

    private bool IsRedrawOf(TextWord word, TextWord earlier)
    {
        var size = earlier.FontSize;
        var (along, across) = word.IsHorizontal
            ? (Math.Abs(word.Box.X0 - earlier.Box.X0), Math.Abs(word.Box.Y1 - earlier.Box.Y1))
            : (Math.Abs(word.Box.Y0 - earlier.Box.Y0), Math.Abs(word.Box.X0 - earlier.Box.X0));
        return word.IsHorizontal == earlier.IsHorizontal && along < options.DuplicateMaxAlongDelta * size && across < options.DuplicateMaxAcrossDelta * size;
    }
}
