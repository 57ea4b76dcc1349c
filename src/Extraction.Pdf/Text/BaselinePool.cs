namespace Extraction.Pdf.Text;

/// <summary>
/// Words of one writing direction sorted into bands of baseline (a few points each), every band ordered along the
/// line. Blocks and lines are grown by looking only at the bands near a baseline.
/// </summary>
internal sealed class BaselinePool
{
    private readonly double band;
    private LinkedList<WordDraft>?[] bands = [];
    private LinkedListNode<WordDraft>? cursor;
    private int cursorIndex;

    public BaselinePool(double band) => this.band = band;

    /// <summary>Lowest band index in use (or allocated); greater than <see cref="MaxIndex"/> when empty.</summary>
    public int MinIndex { get; private set; }

    public int MaxIndex { get; private set; } = -1;

    public bool IsEmpty => MinIndex > MaxIndex;

    /// <summary>The band of a baseline, clamped to the pool's range.</summary>
    public int IndexOf(double baseline)
    {
        var index = baseline / band;
        if (double.IsNaN(index) || index < MinIndex)
        {
            return MinIndex;
        }

        return index > MaxIndex ? MaxIndex : (int)index;
    }

    /// <summary>The words of a band in order along the line (null when out of range or never used). A linked list,
    /// as words are taken from anywhere in it, most often its start.</summary>
    public LinkedList<WordDraft>? Band(int index) => index >= MinIndex && index <= MaxIndex ? bands[index - MinIndex] : null;

    public WordDraft? First(int index) => Band(index)?.First?.Value;

    /// <summary>Adds a word in order along its band; false (not added) for a baseline too far from any page.</summary>
    public bool Add(WordDraft word)
    {
        // PDF pages are at most 14,400 units a side; a baseline a million bands away is an artefact, and would cost
        // an array as long.
        const double farthestBand = 1 << 20;
        var raw = word.Base / band;
        if (double.IsNaN(raw) || Math.Abs(raw) > farthestBand)
        {
            return false;
        }

        var index = (int)raw;
        EnsureRange(index);
        var words = bands[index - MinIndex] ??= new LinkedList<WordDraft>();

        // Insert before the first word it does not follow; continuing from the last insertion keeps runs of words
        // added in line order in that order.
        var next = cursor is not null && cursorIndex == index && word.CompareAlong(cursor.Value) >= 0 ? cursor.Next : words.First;
        while (next is not null && word.CompareAlong(next.Value) > 0)
        {
            next = next.Next;
        }

        cursor = next is null ? words.AddLast(word) : words.AddBefore(next, word);
        cursorIndex = index;
        return true;
    }

    public void Remove(LinkedListNode<WordDraft> node)
    {
        if (node == cursor)
        {
            cursor = null;
        }

        node.List!.Remove(node);
    }

    /// <summary>Removes the pieces of a band marked as duplicates.</summary>
    public void RemoveDuplicates(int index)
    {
        var words = bands[index - MinIndex]!;
        for (var node = words.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value.IsDuplicate)
            {
                Remove(node);
            }

            node = next;
        }
    }

    private void EnsureRange(int index)
    {
        const int slack = 16;
        if (IsEmpty)
        {
            MinIndex = index - slack;
            MaxIndex = index + slack;
            bands = new LinkedList<WordDraft>?[MaxIndex - MinIndex + 1];
        }
        else if (index < MinIndex)
        {
            var newMin = index - slack;
            var grown = new LinkedList<WordDraft>?[MaxIndex - newMin + 1];
            Array.Copy(bands, 0, grown, MinIndex - newMin, bands.Length);
            bands = grown;
            MinIndex = newMin;
        }
        else if (index > MaxIndex)
        {
            var newMax = index + slack;
            Array.Resize(ref bands, newMax - MinIndex + 1);
            MaxIndex = newMax;
        }
    }
}
