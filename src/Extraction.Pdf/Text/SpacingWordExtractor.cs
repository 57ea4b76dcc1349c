namespace Extraction.Pdf.Text;

/// <summary>
/// Groups letters into words the way poppler's pdftotext does, so that words and their boxes compare with what users
/// of pdftotext know: letters are cut into pieces in content order (whitespace glyphs, gaps and overlaps relative to
/// the font size, baseline shifts and font size changes end a piece), pieces are gathered into blocks and lines per
/// writing direction, duplicated text is removed, and adjacent pieces of a line that were drawn consecutively in the
/// same font with (almost) no gap are joined. Words come out block by block, line by line. See
/// <see cref="WordExtractorOptions.MaxPiecesForLayout"/> for pages too large to group.
/// </summary>
public sealed class SpacingWordExtractor : IWordExtractor
{
    public static readonly SpacingWordExtractor Default = new(new WordExtractorOptions());

    private readonly WordExtractorOptions options;

    public SpacingWordExtractor(WordExtractorOptions options) => this.options = options;

    public IReadOnlyList<Word> GetWords(IReadOnlyList<Letter> letters)
    {
        var pools = new BaselinePool[4];
        for (var rotation = 0; rotation < 4; rotation++)
        {
            pools[rotation] = new BaselinePool(options.BaselineBand);
        }

        var pieces = new WordSegmenter(options).Segment(letters);
        if (pieces.Count > options.MaxPiecesForLayout)
        {
            return pieces.Select(p => p.ToWord()).ToList();
        }

        var words = new List<Word>();
        foreach (var piece in pieces)
        {
            if (!pools[piece.Rotation].Add(piece))
            {
                words.Add(piece.ToWord());
            }
        }

        for (var rotation = 0; rotation < 4; rotation++)
        {
            foreach (var block in new BlockAssembler(pools[rotation], rotation, options).Assemble())
            {
                foreach (var line in block.Lines)
                {
                    words.AddRange(line.Words.Select(w => w.ToWord()));
                }
            }
        }

        return words;
    }
}
