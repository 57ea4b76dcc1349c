using Extraction.Document;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// Ruled tables: connected sets of rulings with at least two horizontal and two vertical lines (Tabula's lattice) that
/// hold text and overlap no table found before.
/// </summary>
internal sealed class RuledGridDetector(double rulingTolerance) : ITableRegionDetector
{
    public IReadOnlyList<GeneralRegion> Detect(PageEvidence evidence)
    {
        var regions = new List<GeneralRegion>();
        foreach (var box in RulingGeometry.Grids(evidence.Rulings, rulingTolerance))
        {
            if (evidence.Taken.Any(t => t.HorizontalOverlap(box) > 0 && t.VerticalOverlap(box) > 0))
            {
                continue;
            }

            // A line may run on beyond the grid (a table set beside a column of prose): its words outside fall in no slot.
            var lines = evidence.FreeLines.Where(l => l.Words.Any(w => PageEvidence.Contains(box, w.Box))).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var inside = Expand(box, rulingTolerance);
            var rulings = evidence.Rulings.Where(r => r.Box.X0 >= inside.X0 && r.Box.X1 <= inside.X1 && r.Box.Y0 >= inside.Y0 && r.Box.Y1 <= inside.Y1).ToList();
            regions.Add(new GeneralRegion(box, lines, rulings, GridMethod.Lattice));
        }

        return regions;
    }

    private static Box Expand(Box box, double by) => new(box.X0 - by, box.Y0 - by, box.X1 + by, box.Y1 + by);
}
