using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>What the general detectors see of a page: the lines outside the tables already found, and the merged rulings.</summary>
public sealed record PageEvidence(PageLayout Page, IReadOnlyList<TextLine> FreeLines, IReadOnlyList<Ruling> Rulings, IReadOnlyList<Box> Taken)
{
    public static PageEvidence Of(PageLayout page, IReadOnlyList<Box> taken, double rulingTolerance) => new(
        page,
        page.Lines.Where(l => !taken.Any(t => Contains(t, l.Box))).ToList(),
        RulingGeometry.Merge(page.Rulings, rulingTolerance),
        taken);

    /// <summary>True when the centre of <paramref name="inner"/> lies in <paramref name="outer"/>.</summary>
    public static bool Contains(Box outer, Box inner) => outer.ContainsCentreOf(inner);
}
