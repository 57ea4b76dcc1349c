namespace Extraction.Pdf.Text;

/// <summary>
/// Grows blocks from the word pieces of one writing direction: starting from the top-left piece, a block takes the
/// pieces on the lines just above and below it that overlap it, the pieces on its own lines within a column gap,
/// and, when nothing else joins, up to three lines' worth of pieces just beside it.
/// </summary>
internal sealed class BlockAssembler
{
    private readonly WordExtractorOptions options;
    private readonly BaselinePool pool;
    private readonly int rotation;

    public BlockAssembler(BaselinePool pool, int rotation, WordExtractorOptions options)
    {
        this.pool = pool;
        this.rotation = rotation;
        this.options = options;
    }

    public IEnumerable<TextBlock> Assemble()
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
                yield break;
            }

            var start = firstIndex;
            for (var index = firstIndex + 1; index < firstIndex + 4 && index <= pool.MaxIndex; index++)
            {
                if (pool.First(index) is { } candidate && candidate.CompareAlong(pool.First(start)!) < 0)
                {
                    start = index;
                }
            }

            var seed = pool.First(start)!;
            pool.Remove(pool.Band(start)!.First!);
            var block = new TextBlock(rotation, options);
            block.Add(seed);
            Grow(block, seed);
            block.Coalesce();
            yield return block;
        }
    }

    private void Grow(TextBlock block, WordDraft seed)
    {
        var size = seed.FontSize;
        var growth = new Growth(seed.Base, seed.Base, size, options);
        bool found;
        do
        {
            found = TakeAbove(block, ref growth) | TakeBelow(block, ref growth) | TakeOnLines(block, growth);
            if (!found)
            {
                found = TakeBeside(block, ref growth, left: true);
                found |= TakeBeside(block, ref growth, left: false);
            }
        }
        while (found);
    }

    private bool TakeAbove(TextBlock block, ref Growth growth)
    {
        var found = false;
        var minBase = growth.MinBase;
        var newMinBase = minBase;
        var lowest = pool.IndexOf(minBase - growth.LineSpace);
        for (var index = pool.IndexOf(minBase); index >= lowest; index--)
        {
            var s = growth;
            found |= TakeAll(block, index, 0, w => w.Base < minBase && w.Base >= minBase - s.LineSpace && Overlaps(w, block, 0)
                && Math.Abs(w.FontSize - s.Size) < options.MaxBlockFontSizeDeltaAcrossLines * s.Size, w => newMinBase = w.Base);
        }

        growth.MinBase = newMinBase;
        return found;
    }

    private bool TakeBelow(TextBlock block, ref Growth growth)
    {
        var found = false;
        var maxBase = growth.MaxBase;
        var newMaxBase = maxBase;
        var highest = pool.IndexOf(maxBase + growth.LineSpace);
        for (var index = pool.IndexOf(maxBase); index <= highest; index++)
        {
            var s = growth;
            found |= TakeAll(block, index, 0, w => w.Base > maxBase && w.Base <= maxBase + s.LineSpace && Overlaps(w, block, 0)
                && Math.Abs(w.FontSize - s.Size) < options.MaxBlockFontSizeDeltaAcrossLines * s.Size, w => newMaxBase = w.Base);
        }

        growth.MaxBase = newMaxBase;
        return found;
    }

    private bool TakeOnLines(TextBlock block, Growth growth)
    {
        var found = false;
        var last = pool.IndexOf(growth.MaxBase + growth.IntraLineSpace);
        for (var index = pool.IndexOf(growth.MinBase - growth.IntraLineSpace); index <= last; index++)
        {
            found |= TakeAll(block, index, growth.ColumnSpace, w => growth.IsOnLines(w.Base) && Overlaps(w, block, growth.ColumnSpace)
                && Math.Abs(w.FontSize - growth.Size) < options.MaxBlockFontSizeDeltaOnLines * growth.Size, _ => { });
        }

        return found;
    }

    /// <summary>Pieces just left (or right) of the block, on its lines: taken, one per band, only if at most three bands have one.</summary>
    private bool TakeBeside(TextBlock block, ref Growth growth, bool left)
    {
        var s = growth;
        bool Fits(WordDraft w) => s.IsOnLines(w.Base) && IsBeside(w, block, s.BesideSpace, left)
            && Math.Abs(w.FontSize - s.Size) < options.MaxBlockFontSizeDeltaBeside * s.Size;

        // Bands are ordered along the line: towards the block's far end a scan stops past the gap; towards its start,
        // at the first piece starting after the block does (a piece ends after it starts).
        var towardsEnd = left == (rotation is 2 or 3);
        LinkedListNode<WordDraft>? FirstFitting(LinkedList<WordDraft>? band)
        {
            for (var node = band?.First; node is not null; node = node.Next)
            {
                if (towardsEnd ? IsPast(node.Value, block, s.BesideSpace) : StartsAfter(node.Value, block))
                {
                    break;
                }

                if (Fits(node.Value))
                {
                    return node;
                }
            }

            return null;
        }

        var bands = 0;
        var last = pool.IndexOf(growth.MaxBase + growth.IntraLineSpace);
        for (var index = pool.IndexOf(growth.MinBase - growth.IntraLineSpace); index <= last; index++)
        {
            if (FirstFitting(pool.Band(index)) is not null)
            {
                bands++;
            }
        }

        if (bands is 0 or > 3)
        {
            return false;
        }

        var found = false;
        for (var index = pool.IndexOf(growth.MinBase - growth.IntraLineSpace); index <= pool.IndexOf(growth.MaxBase + growth.IntraLineSpace); index++)
        {
            s = growth;
            if (FirstFitting(pool.Band(index)) is not { } node)
            {
                continue;
            }

            var word = node.Value;
            pool.Remove(node);
            block.Add(word);
            if (word.Base < growth.MinBase)
            {
                growth.MinBase = word.Base;
            }
            else if (word.Base > growth.MaxBase)
            {
                growth.MaxBase = word.Base;
            }

            found = true;
        }

        return found;
    }

    /// <summary>Moves every piece of a band that fits into the block, in order.</summary>
    private bool TakeAll(TextBlock block, int index, double slack, Func<WordDraft, bool> fits, Action<WordDraft> taken)
    {
        var found = false;
        for (var node = pool.Band(index)?.First; node is not null;)
        {
            var next = node.Next;
            var word = node.Value;
            if (IsPast(word, block, slack))
            {
                break;
            }

            if (fits(word))
            {
                pool.Remove(node);
                block.Add(word);
                taken(word);
                found = true;
            }

            node = next;
        }

        return found;
    }

    /// <summary>
    /// Whether a piece, and so every piece after it in its band (bands are ordered along the line), lies beyond the
    /// block's far end plus <paramref name="slack"/>: scans stop there, which keeps growing a block linear in the
    /// pieces near it rather than in all pieces of its lines.
    /// </summary>
    private bool IsPast(WordDraft word, TextBlock block, double slack) => rotation switch
    {
        0 => word.XMin >= block.XMax + slack,
        1 => word.YMin >= block.YMax + slack,
        2 => word.XMax <= block.XMin - slack,
        _ => word.YMax <= block.YMin - slack,
    };

    /// <summary>Whether a piece starts after the block starts, along the line.</summary>
    private bool StartsAfter(WordDraft word, TextBlock block) => rotation switch
    {
        0 => word.XMin >= block.XMin,
        1 => word.YMin >= block.YMin,
        2 => word.XMax <= block.XMax,
        _ => word.YMax <= block.YMax,
    };

    private bool Overlaps(WordDraft word, TextBlock block, double slack) => rotation is 0 or 2
        ? word.XMin < block.XMax + slack && word.XMax > block.XMin - slack
        : word.YMin < block.YMax + slack && word.YMax > block.YMin - slack;

    private bool IsBeside(WordDraft word, TextBlock block, double space, bool left)
    {
        if (rotation is 0 or 2)
        {
            return left ? word.XMax <= block.XMin && word.XMax > block.XMin - space : word.XMin >= block.XMax && word.XMin < block.XMax + space;
        }

        return left ? word.YMax <= block.YMin && word.YMax > block.YMin - space : word.YMin >= block.YMax && word.YMin < block.YMax + space;
    }

    /// <summary>The baseline range a block covers so far and the distances derived from its first piece's font size.</summary>
    private struct Growth
    {
        public Growth(double minBase, double maxBase, double size, WordExtractorOptions options)
        {
            MinBase = minBase;
            MaxBase = maxBase;
            Size = size;
            LineSpace = options.MaxLineSpacing * size;
            IntraLineSpace = options.MaxIntraLineDelta * size;
            ColumnSpace = options.MaxColumnGapToJoin * size;
            BesideSpace = options.MaxColumnGapBeside * size;
        }

        public double MinBase { get; set; }

        public double MaxBase { get; set; }

        public double Size { get; }

        public double LineSpace { get; }

        public double IntraLineSpace { get; }

        public double ColumnSpace { get; }

        public double BesideSpace { get; }

        public readonly bool IsOnLines(double baseline) => baseline >= MinBase - IntraLineSpace && baseline <= MaxBase + IntraLineSpace;
    }
}
