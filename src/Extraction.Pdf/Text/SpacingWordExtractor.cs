using Extraction.Pdf.Core;

namespace Extraction.Pdf.Text;

/// <summary>
/// Groups letters into words in content order: a word ends at a whitespace glyph, at a gap or overlap relative to the
/// font size, at a baseline shift, a change of direction or of font size. These are the rules poppler applies, so
/// our words match what users of pdftotext are used to.
/// </summary>
public sealed class SpacingWordExtractor : IWordExtractor
{
    public static readonly SpacingWordExtractor Default = new(new WordExtractorOptions());

    private readonly WordExtractorOptions options;

    public SpacingWordExtractor(WordExtractorOptions options) => this.options = options;

    public IReadOnlyList<Word> GetWords(IReadOnlyList<Letter> letters)
    {
        var words = new List<Word>();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (letter.IsWhitespace)
            {
                Flush(current, words);
                continue;
            }

            if (current.Count > 0 && Breaks(current, letter))
            {
                Flush(current, words);
            }

            current.Add(letter);
        }

        Flush(current, words);
        return words;
    }

    private bool Breaks(List<Letter> word, Letter next)
    {
        var first = word[0];
        var last = word[^1];
        if (next.Direction != first.Direction || Math.Abs(next.FontSize - first.FontSize) > options.MaxFontSizeDelta * first.FontSize)
        {
            return true;
        }

        var (along, across) = Offsets(first, last, next);
        var size = first.FontSize;
        return along > options.MinWordBreakSpace * size || along < -options.MinOverlapBreak * size || Math.Abs(across) > options.MaxBaselineShift;
    }

    /// <summary>Gap from the end of the last glyph to the start of the next along the writing direction, and baseline shift across it.</summary>
    private static (double Along, double Across) Offsets(Letter first, Letter last, Letter next)
    {
        var endX = last.OriginX + last.AdvanceX;
        var endY = last.OriginY + last.AdvanceY;
        return first.Direction switch
        {
            TextDirection.LeftToRight => (next.OriginX - endX, next.OriginY - first.OriginY),
            TextDirection.RightToLeft => (endX - next.OriginX, next.OriginY - first.OriginY),
            TextDirection.TopToBottom => (next.OriginY - endY, next.OriginX - first.OriginX),
            _ => (endY - next.OriginY, next.OriginX - first.OriginX),
        };
    }

    private static void Flush(List<Letter> current, List<Word> words)
    {
        if (current.Count == 0)
        {
            return;
        }

        var box = current[0].Box;
        for (var i = 1; i < current.Count; i++)
        {
            box = box.Union(current[i].Box);
        }

        words.Add(new Word(string.Concat(current.Select(l => l.Value)), box, current.ToArray()));
        current.Clear();
    }
}
