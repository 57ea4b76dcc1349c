using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>What the general detectors see of a page: the lines outside the tables already found, and the merged rulings.</summary>
public sealed record PageEvidence(PageLayout Page, IReadOnlyList<TextLine> FreeLines, IReadOnlyList<Ruling> Rulings, IReadOnlyList<Box> Taken)
{
    /// <param name="page">The page.</param>
    /// <param name="taken">Boxes of the tables found so far.</param>
    /// <param name="rulings">The page's rulings, merged once (<see cref="RulingGeometry.Merge"/>) for every detector.</param>
    public static PageEvidence Of(PageLayout page, IReadOnlyList<Box> taken, IReadOnlyList<Ruling> rulings) => new(
        page,
        page.Lines.Where(l => !taken.Any(t => Contains(t, l.Box))).ToList(),
        rulings,
        taken);

    /// <summary>True when the centre of <paramref name="inner"/> lies in <paramref name="outer"/>.</summary>
    public static bool Contains(Box outer, Box inner) => outer.ContainsCentreOf(inner);
}
