using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables.Figures;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// Finds tables of any kind where the budget detectors found none: each detector in turn (ruled grids first, then
/// aligned lines) on the lines the tables found so far leave free; each candidate becomes a grid (lattice or stream)
/// and is kept when <see cref="GeneralTableAcceptance"/> takes it and it is no chart or figure (<see cref="PageFigures"/>).
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
        lattice = new LatticeGridBuilder(rulingTolerance, options.MinRows);
        stream = new StreamGridBuilder(options);
        acceptance = new GeneralTableAcceptance(options);
    }

    /// <summary>
    /// The page's tables: those the budget detectors found (<paramref name="found"/>) and the general ones around them. A
    /// budget table without a header is kept only as the continuation of a table from the page before: a general table
    /// that takes in its lines and starts above it (with the header it was missing) replaces it. The lines of
    /// <paramref name="charts"/> (regions the budget detectors found that are charts) are no table's.
    /// </summary>
    public IReadOnlyList<TableGrid> Complete(PageLayout page, IReadOnlyList<TableGrid> found, PageFigures figures, IReadOnlyList<Box> charts)
    {
        if (!options.Enabled)
        {
            return found;
        }

        var general = Find(page, found.Where(g => g.HasHeader).Select(g => g.Box).Concat(charts).ToList(), figures);
        var headerless = found.Where(g => !g.HasHeader).ToList();
        var replaced = headerless.Where(h => general.Any(g => Overlap(g.Box, h.Box) && g.Box.Y0 < h.Box.Y0)).ToList();
        var kept = headerless.Except(replaced).ToList();
        return found.Except(replaced)
            .Concat(general.Where(g => !kept.Any(h => Overlap(g.Box, h.Box))))
            .OrderBy(g => g.Box.Y0)
            .ToList();
    }

    private IReadOnlyList<TableGrid> Find(PageLayout page, IReadOnlyList<Box> taken, PageFigures figures)
    {
        var boxes = taken.ToList();
        var found = new List<TableGrid>();
        var rulings = RulingGeometry.Merge(page.Rulings, rulingTolerance);
        foreach (var detector in detectors)
        {
            foreach (var region in detector.Detect(PageEvidence.Of(page, boxes, rulings)))
            {
                if (boxes.Any(b => Overlap(b, region.Box)))
                {
                    continue;
                }

                var slots = region.Method == GridMethod.Lattice ? lattice.Build(region) : stream.Build(region);
                if (slots is not null && acceptance.Accepts(slots, page) && !figures.Covers(slots.Box))
                {
                    found.Add(GeneralGrid.Of(slots, page.Number));
                    boxes.Add(region.Box);
                }
            }
        }

        return found;
    }

    private static bool Overlap(Box a, Box b) => a.HorizontalOverlap(b) > 0 && a.VerticalOverlap(b) > 0;
}
