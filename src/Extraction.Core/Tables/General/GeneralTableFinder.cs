using Extraction.Core.Layout;
using Extraction.Core.Reading;

namespace Extraction.Core.Tables.General;

/// <summary>
/// Finds tables of any kind where the budget detectors found none: each detector in turn (ruled grids first, then
/// aligned lines) on the lines the tables found so far leave free; each candidate becomes a grid (lattice or stream)
/// and is kept when <see cref="GeneralTableAcceptance"/> takes it.
/// </summary>
public sealed class GeneralTableFinder
{
    private readonly GeneralTableOptions options;
    private readonly double rulingTolerance;
    private readonly IReadOnlyList<ITableRegionDetector> detectors;
    private readonly LatticeGridBuilder lattice;
    private readonly StreamGridBuilder stream;
    private readonly GeneralTableAcceptance acceptance;

    public GeneralTableFinder(TableOptions tables)
    {
        options = tables.General;
        rulingTolerance = tables.RulingTolerance;
        detectors = [new RuledGridDetector(rulingTolerance), new AlignedLineDetector(options)];
        lattice = new LatticeGridBuilder(rulingTolerance);
        stream = new StreamGridBuilder(options);
        acceptance = new GeneralTableAcceptance(options);
    }

    /// <param name="page">The page.</param>
    /// <param name="taken">Boxes of the tables the budget detectors found on the page.</param>
    public IReadOnlyList<TableGrid> Find(PageLayout page, IReadOnlyList<Box> taken)
    {
        if (!options.Enabled)
        {
            return [];
        }

        var boxes = taken.ToList();
        var found = new List<TableGrid>();
        foreach (var detector in detectors)
        {
            foreach (var region in detector.Detect(PageEvidence.Of(page, boxes, rulingTolerance)))
            {
                if (boxes.Any(b => b.HorizontalOverlap(region.Box) > 0 && b.VerticalOverlap(region.Box) > 0))
                {
                    continue;
                }

                var slots = region.Method == GridMethod.Lattice ? lattice.Build(region) : stream.Build(region);
                if (slots is not null && acceptance.Accepts(slots, page))
                {
                    found.Add(GeneralGrid.Of(slots, page.Number));
                    boxes.Add(region.Box);
                }
            }
        }

        return found;
    }
}
