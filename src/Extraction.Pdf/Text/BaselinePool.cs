namespace Extraction.Pdf.Text;

/// <summary>
/// Words of one writing direction sorted into bands of baseline (a few points each), every band ordered along the
/// line. Blocks and lines are grown by looking only at the bands near a baseline.
/// </summary>
internal sealed class BaselinePool
{
    private readonly double band;
    private List<WordDraft>?[] bands = [];
    private WordDraft? cursor;
    private int cursorIndex;
    private int cursorPosition;

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

    /// <summary>The words of a band in order along the line (empty when out of range).</summary>
    public List<WordDraft>? Band(int index) => index >= MinIndex && index <= MaxIndex ? bands[index - MinIndex] : null;

    public WordDraft? First(int index) => Band(index) is { Count: > 0 } words ? words[0] : null;

    public void Add(WordDraft word)
    {
        var raw = word.Base / band;
        if (double.IsNaN(raw) || raw < int.MinValue / 2.0 || raw > int.MaxValue / 2.0)
        {
            return;
        }

        var index = (int)raw;
        EnsureRange(index);
        var words = bands[index - MinIndex] ??= new List<WordDraft>();

        // Insert before the first word it does not follow; continuing from the last insertion keeps runs of words
        // added in line order in that order.
        var position = 0;
        if (cursor is not null && cursorIndex == index && word.CompareAlong(cursor) >= 0)
        {
            position = cursorPosition + 1;
        }

        while (position < words.Count && word.CompareAlong(words[position]) > 0)
        {
            position++;
        }

        words.Insert(position, word);
        cursor = word;
        cursorIndex = index;
        cursorPosition = position;
    }

    public void Remove(int index, int position)
    {
        var words = bands[index - MinIndex]!;
        if (ReferenceEquals(words[position], cursor))
        {
            cursor = null;
        }

        words.RemoveAt(position);
    }

    private void EnsureRange(int index)
    {
        const int slack = 16;
        if (IsEmpty)
        {
            MinIndex = index - slack;
            MaxIndex = index + slack;
            bands = new List<WordDraft>?[MaxIndex - MinIndex + 1];
        }
        else if (index < MinIndex)
        {
            var newMin = index - slack;
            var grown = new List<WordDraft>?[MaxIndex - newMin + 1];
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
