namespace Extraction.Pdf.Text;

/// <summary>The word pieces of one line of a block, in order along the line.</summary>
internal sealed class TextLineDraft
{
    private DraftExtent extent;

    public TextLineDraft(int rotation, double baseline)
    {
        Rotation = rotation;
        Base = baseline;
    }

    public int Rotation { get; }

    public double Base { get; }

    public List<WordDraft> Words { get; } = new();

    public double XMin => extent.XMin;

    public double XMax => extent.XMax;

    public double YMin => extent.YMin;

    public double YMax => extent.YMax;

    public void Add(WordDraft word)
    {
        Words.Add(word);
        extent.Include(word);
    }

    /// <summary>Reading order of lines in a block: by baseline, then along the line.</summary>
    public int CompareTo(TextLineDraft other)
    {
        var across = Rotation is 0 or 3 ? Base - other.Base : other.Base - Base;
        if (across != 0)
        {
            return across < 0 ? -1 : 1;
        }

        var along = Rotation switch
        {
            0 => XMin - other.XMin,
            1 => YMin - other.YMin,
            2 => other.XMax - XMax,
            _ => other.YMax - YMax,
        };
        return along < 0 ? -1 : along > 0 ? 1 : 0;
    }

    /// <summary>
    /// Joins neighbouring pieces that are one word: closer than a small fraction of the font size, drawn one right
    /// after the other in the same font and size. On a line of single letters (letter-spaced text) the threshold is
    /// derived from the smallest gap, so spaced-out words come together while the wider gaps between them stay.
    /// </summary>
    public void JoinWords(WordExtractorOptions options)
    {
        if (Words.Count < 2)
        {
            return;
        }

        var size = Words[0].FontSize;
        var space = options.MaxCharSpacing * size;
        var smallestGap = SmallestGapBetweenSingleLetters();
        if (smallestGap > 0)
        {
            space = Math.Min(options.WideCharSpacingFactor * smallestGap, options.MaxWideCharSpacing * size);
        }

        var joined = new List<WordDraft> { Words[0] };
        for (var i = 1; i < Words.Count; i++)
        {
            var previous = joined[^1];
            var next = Words[i];
            if (previous.GapTo(next) < space
                && previous.Characters[^1].FontKey == next.Characters[0].FontKey
                && Math.Abs(previous.FontSize - next.FontSize) < options.MaxWordFontSizeDelta * size
                && next.Characters[0].Sequence == previous.SequenceEnd)
            {
                previous.Merge(next);
            }
            else
            {
                joined.Add(next);
            }
        }

        Words.Clear();
        Words.AddRange(joined);
    }

    /// <summary>The smallest gap between neighbours when the line starts with single letters; 0 (no special spacing)
    /// as soon as a longer piece is met or a gap is not positive.</summary>
    private double SmallestGapBetweenSingleLetters()
    {
        if (Words[0].Count > 1 || Words[1].Count > 1)
        {
            return 0;
        }

        var smallest = Words[0].GapTo(Words[1]);
        for (var i = 2; i < Words.Count && smallest > 0; i++)
        {
            if (Words[i].Count > 1)
            {
                smallest = 0;
            }

            smallest = Math.Min(smallest, Words[i - 1].GapTo(Words[i]));
        }

        return smallest;
    }
}
