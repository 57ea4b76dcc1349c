namespace Extraction.Pdf.Text;

/// <summary>
/// First pass over a page's letters in content order: cuts them into word pieces. A piece ends at a whitespace glyph,
/// at a gap or overlap along the line, a baseline shift, a change of font size or writing mode, and around glyphs
/// drawn on top of the previous one (duplicates, removed later). Glyphs drawn backwards (mirrored) stand alone.
/// Pieces are joined again later where a line shows they belong together.
/// </summary>
internal sealed class WordSegmenter
{
    private readonly WordExtractorOptions options;
    private readonly List<WordDraft> pieces = new();
    private readonly List<int> single = [0];
    private WordDraft? current;
    private bool lastWasDuplicate;

    public WordSegmenter(WordExtractorOptions options) => this.options = options;

    public List<WordDraft> Segment(IReadOnlyList<Letter> letters)
    {
        foreach (var letter in letters)
        {
            Add(letter);
        }

        EndPiece();
        return pieces;
    }

    private void Add(Letter letter)
    {
        var codePoints = CodePoints(letter.Value);
        if (codePoints.Count == 1 && letter.IsWhitespace)
        {
            EndPiece();
            return;
        }

        if (codePoints.Count == 1 && codePoints[0] == 0)
        {
            return;
        }

        double x = letter.OriginX, y = letter.OriginY, dx = letter.AdvanceX, dy = letter.AdvanceY;
        if (options.MergeCombiningMarks && current is not null && codePoints.Count == 1
            && current.TryAddCombining(letter, codePoints[0], x, y, dx, dy, options))
        {
            return;
        }

        if (current is { Count: > 0 })
        {
            var duplicate = BreaksBefore(current, letter, out var breaks);
            if (breaks || lastWasDuplicate)
            {
                EndPiece();
            }

            lastWasDuplicate = duplicate;
        }
        else
        {
            lastWasDuplicate = false;
        }

        if (codePoints.Count == 0)
        {
            return;
        }

        current ??= new WordDraft(letter);
        if (IsDrawnBackwards(current.Rotation, dx, dy))
        {
            EndPiece();
            current = new WordDraft(letter);
            (x, y, dx, dy) = (x + dx, y + dy, -dx, -dy);
        }

        // A glyph standing for several characters (a ligature) shares its advance among them.
        dx /= codePoints.Count;
        dy /= codePoints.Count;
        for (var i = 0; i < codePoints.Count; i++)
        {
            current.Add(letter, codePoints[i], x + i * dx, y + i * dy, dx, dy);
        }
    }

    /// <summary>Whether the letter cannot continue the piece; returns whether it duplicates the piece's last glyph.</summary>
    private bool BreaksBefore(WordDraft piece, Letter letter, out bool breaks)
    {
        var (x, y) = (letter.OriginX, letter.OriginY);
        var lastEdge = piece.Characters[^1].Edge;
        var (baseline, gap, delta) = piece.Rotation switch
        {
            0 => (y, x - piece.XMax, x - lastEdge),
            1 => (x, y - piece.YMax, y - lastEdge),
            2 => (y, piece.XMin - x, lastEdge - x),
            _ => (x, piece.YMin - y, lastEdge - y),
        };
        var size = piece.FontSize;
        var shift = Math.Abs(baseline - piece.Base);
        var duplicate = Math.Abs(delta) < options.DuplicateMaxAlongDelta * size && shift < options.DuplicateMaxAcrossDelta * size;
        breaks = duplicate
            || gap < -options.MinOverlapBreak * size
            || gap > options.MinWordBreakSpace * size
            || shift > options.MaxBaselineShift
            || letter.FontSize != piece.FontSize
            || letter.IsVertical != piece.IsVertical;
        return duplicate;
    }

    /// <summary>The code points of a letter's text; the common single-character case needs no allocation.</summary>
    private List<int> CodePoints(string value)
    {
        if (value.Length == 1 && !char.IsSurrogate(value[0]))
        {
            single[0] = value[0];
            return single;
        }

        return UnicodeClasses.CodePoints(value);
    }

    /// <summary>Page rotation or a mirroring matrix can make a glyph advance against its writing direction.</summary>
    private static bool IsDrawnBackwards(int rotation, double dx, double dy) => rotation switch
    {
        0 => dx < 0,
        1 => dy < 0,
        2 => dx > 0,
        _ => dy > 0,
    };

    private void EndPiece()
    {
        if (current is { Count: > 0 })
        {
            pieces.Add(current);
        }

        current = null;
    }
}
