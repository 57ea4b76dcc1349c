namespace Extraction.Pdf.Text;

/// <summary>
/// A block of word pieces of one writing direction (a paragraph, a table cell, a column of one). Within it duplicated
/// pieces are removed, lines are formed and the pieces of a line that belong to one word are joined.
/// </summary>
internal sealed class TextBlock
{
    private readonly WordExtractorOptions options;
    private readonly BaselinePool pool;
    private DraftExtent extent;

    public TextBlock(int rotation, WordExtractorOptions options)
    {
        Rotation = rotation;
        this.options = options;
        pool = new BaselinePool(options.BaselineBand);
    }

    public int Rotation { get; }

    public double XMin => extent.XMin;

    public double XMax => extent.XMax;

    public double YMin => extent.YMin;

    public double YMax => extent.YMax;

    public List<TextLineDraft> Lines { get; } = new();

    public void Add(WordDraft word)
    {
        if (!pool.Add(word))
        {
            return;
        }

        extent.Include(word);
    }

    /// <summary>Removes duplicates, builds the lines in reading order and joins the pieces of each line's words.</summary>
    public void Coalesce()
    {
        if (options.RemoveDuplicates)
        {
            RemoveDuplicates();
        }

        BuildLines();
    }

    /// <summary>Text drawn twice at almost the same place (fake bold, shadows) is kept once.</summary>
    private void RemoveDuplicates()
    {
        for (var index0 = pool.MinIndex; index0 <= pool.MaxIndex; index0++)
        {
            for (var node0 = pool.Band(index0)?.First; node0 is not null; node0 = node0.Next)
            {
                var word0 = node0.Value;
                var alongDelta = options.DuplicateMaxAlongDelta * word0.FontSize;
                var acrossDelta = options.DuplicateMaxAcrossDelta * word0.FontSize;
                var (xDelta, yDelta) = word0.IsAlongX ? (alongDelta, acrossDelta) : (acrossDelta, alongDelta);
                var lastIndex = pool.IndexOf(word0.Base + acrossDelta);
                for (var index1 = index0; index1 <= lastIndex; index1++)
                {
                    var duplicates = 0;
                    for (var node1 = index1 == index0 ? node0.Next : pool.Band(index1)?.First; node1 is not null; node1 = node1.Next)
                    {
                        var word1 = node1.Value;
                        if (AlongOffset(word0, word1) >= alongDelta)
                        {
                            // Bands are ordered along the line: no later piece starts near enough.
                            break;
                        }

                        if (word0.HasSameText(word1)
                            && Math.Abs(word0.XMin - word1.XMin) < xDelta && Math.Abs(word0.XMax - word1.XMax) < xDelta
                            && Math.Abs(word0.YMin - word1.YMin) < yDelta && Math.Abs(word0.YMax - word1.YMax) < yDelta)
                        {
                            word1.IsDuplicate = true;
                            duplicates++;
                        }
                    }

                    if (duplicates > 0)
                    {
                        pool.RemoveDuplicates(index1);
                    }
                }
            }
        }
    }

    /// <summary>How far the second piece starts after the first, in the order bands keep (along the line).</summary>
    private static double AlongOffset(WordDraft first, WordDraft second) => first.Rotation switch
    {
        0 => second.XMin - first.XMin,
        1 => second.YMin - first.YMin,
        2 => first.XMax - second.XMax,
        _ => first.YMax - second.YMax,
    };

    private void BuildLines()
    {
        var firstIndex = pool.MinIndex;
        while (true)
        {
            while (firstIndex <= pool.MaxIndex && pool.First(firstIndex) is null)
            {
                firstIndex++;
            }

            if (firstIndex > pool.MaxIndex)
            {
                break;
            }

            // Start with the leftmost word of the first few bands, so a line does not begin at a superscript.
            var start = firstIndex;
            for (var index = firstIndex + 1; index < firstIndex + 4 && index <= pool.MaxIndex; index++)
            {
                if (pool.First(index) is { } candidate && candidate.CompareAlong(pool.First(start)!) < 0)
                {
                    start = index;
                }
            }

            var word = pool.First(start)!;
            pool.Remove(pool.Band(start)!.First!);
            var line = new TextLineDraft(Rotation, word.Base);
            line.Add(word);
            ExtendLine(line, word);
            InsertInOrder(line);
            line.JoinWords(options);
        }
    }

    /// <summary>Repeatedly takes the nearest following word whose baseline is close enough, until one overlaps or is too far.</summary>
    private void ExtendLine(TextLineDraft line, WordDraft first)
    {
        var size = first.FontSize;
        var minBase = first.Base - options.MaxIntraLineDelta * size;
        var maxBase = first.Base + options.MaxIntraLineDelta * size;
        var minIndex = pool.IndexOf(minBase);
        var maxIndex = pool.IndexOf(maxBase);
        var wordSpacing = options.MaxWordSpacing * size;
        var last = first;
        while (true)
        {
            LinkedListNode<WordDraft>? best = null;
            var overlap = false;
            for (var index = minIndex; !overlap && index <= maxIndex; index++)
            {
                // Only the first word of each band on the line's baseline is a candidate: it is the leftmost left.
                for (var node = pool.Band(index)?.First; node is not null; node = node.Next)
                {
                    var candidate = node.Value;
                    if (candidate.Base < minBase || candidate.Base > maxBase)
                    {
                        continue;
                    }

                    var gap = last.GapTo(candidate);
                    if (gap < -options.MaxLineOverlap * size)
                    {
                        overlap = true;
                    }
                    else if (gap < wordSpacing && (best is null || candidate.CompareAlong(best.Value) < 0))
                    {
                        best = node;
                    }

                    break;
                }
            }

            if (overlap || best is null)
            {
                return;
            }

            last = best.Value;
            pool.Remove(best);
            line.Add(last);
        }
    }

    /// <summary>Lines are kept sorted by baseline, then along the line.</summary>
    private void InsertInOrder(TextLineDraft line)
    {
        var position = Lines.Count;
        while (position > 0 && line.CompareTo(Lines[position - 1]) <= 0)
        {
            position--;
        }

        Lines.Insert(position, line);
    }
}
