using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>
/// Tables without rulings: runs of lines split into several cells by wide blank spaces, close together, with at most a
/// few one-cell lines between them (a wrapped label, a group heading). Whether their cells line up is the grid
/// builder's and the acceptance's question.
/// </summary>
internal sealed class AlignedLineDetector(GeneralTableOptions options) : ITableRegionDetector
{
    public IReadOnlyList<GeneralRegion> Detect(PageEvidence evidence)
    {
        var lines = evidence.FreeLines.OrderBy(l => l.Box.Y0).ToList();
        var regions = new List<GeneralRegion>();
        var run = new List<TextLine>();
        var bridge = new List<TextLine>();
        var chart = false;
        void Close()
        {
            if (!chart && run.Count(IsCellular) >= options.MinRows)
            {
                regions.Add(new GeneralRegion(Box.Enclosing(run.Select(l => l.Box)), run.ToList(), [], GridMethod.Stream));
            }

            run.Clear();
            bridge.Clear();
            chart = false;
        }

        foreach (var line in lines)
        {
            var previous = bridge.Count > 0 ? bridge[^1] : run.Count > 0 ? run[^1] : null;
            if (previous is not null && line.Box.Y0 - previous.Box.Y1 > options.MaxLineGapEm * Math.Max(line.FontSize, previous.FontSize))
            {
                Close();
            }

            if (IsCellular(line))
            {
                run.AddRange(bridge);
                bridge.Clear();
                run.Add(line);
            }
            else if (run.Count > 0 && IsAxisTick(line, run))
            {
                chart = true;
            }
            else if (run.Count > 0 && bridge.Count < options.MaxBridgeLines)
            {
                bridge.Add(line);
            }
            else
            {
                Close();
            }
        }

        Close();
        return regions;
    }

    private static bool IsCellular(TextLine line) => line.Segments.Count >= 2;

    /// <summary>
    /// A lone number left of every cell of the run is a chart's axis tick beside its legend or data labels, never a wrapped
    /// label or a group heading: the run is a chart.
    /// </summary>
    private static bool IsAxisTick(TextLine line, List<TextLine> run) =>
        line.Words.Count() == 1 && line.Text.Any(char.IsDigit) && line.Text.All(c => char.IsDigit(c) || c is '.' or ',' or '-' or '%')
        && line.Box.X1 < run.Min(l => l.Box.X0);
}
