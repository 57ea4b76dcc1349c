namespace Extraction.Pdf.Text;

/// <summary>The box around the word pieces added so far to a line or a block; empty until the first one.</summary>
internal struct DraftExtent
{
    private bool hasBounds;

    public double XMin { get; private set; }

    public double XMax { get; private set; }

    public double YMin { get; private set; }

    public double YMax { get; private set; }

    public void Include(WordDraft word)
    {
        if (!hasBounds)
        {
            (XMin, XMax, YMin, YMax) = (word.XMin, word.XMax, word.YMin, word.YMax);
            hasBounds = true;
            return;
        }

        XMin = Math.Min(XMin, word.XMin);
        XMax = Math.Max(XMax, word.XMax);
        YMin = Math.Min(YMin, word.YMin);
        YMax = Math.Max(YMax, word.YMax);
    }
}
