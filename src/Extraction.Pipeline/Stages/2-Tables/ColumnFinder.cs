using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Finds a table's columns from its body: numbers that line up form number columns; the text column with the most
/// letters left of the figures is the label column; columns left of it are item codes (or other text), text columns
/// right of it are text.
/// </summary>
internal sealed class ColumnFinder
{
    private readonly TableOptions options;
    private readonly PatternSet codePatterns;

    public ColumnFinder(TableOptions options)
    {
        this.options = options;
        codePatterns = new PatternSet(options.CodePatterns);
    }

    public List<ColumnExtent> Find(IReadOnlyList<LineProfile> body)
    {
        var numberWords = new List<(double X0, double X1)>();
        var texts = new List<TextSegment>();
        foreach (var profile in body)
        {
            for (var i = 0; i < profile.Line.Segments.Count; i++)
            {
                var segment = profile.Line.Segments[i];
                if (profile.IsValueLine && profile.NumericSegments[i])
                {
                    numberWords.AddRange(segment.Words.Select(w => (w.Box.X0, w.Box.X1)));
                }
                else
                {
                    texts.Add(segment);
                }
            }
        }

        var numberClusters = Intervals.Cluster(numberWords, w => w, options.ColumnJoinTolerance)
            .Select(c => (X0: c.Min(w => w.X0), X1: c.Max(w => w.X1)))
            .ToList();

        // Text running across number columns (a full-width note row) says nothing about where columns are.
        var textClusters = Intervals.Cluster(
            texts.Where(t => !numberClusters.Any(n => n.X0 < t.Box.X1 && n.X1 > t.Box.X0)),
            s => (s.Box.X0, s.Box.X1),
            options.ColumnJoinTolerance);
        if (textClusters.Count == 0)
        {
            return numberClusters.Select(c => new ColumnExtent(c.X0, c.X1, ColumnRole.Number)).ToList();
        }

        // Labels come before the figures: a text column beside them (key/value pairs, units) is not the label column.
        var firstNumber = numberClusters.Select(n => n.X0).DefaultIfEmpty(double.MaxValue).Min();
        var before = textClusters.Where(c => c.Max(s => s.Box.X1) <= firstNumber).ToList();
        var label = (before.Count > 0 ? before : textClusters).MaxBy(c => c.Sum(s => s.Text.Count(char.IsLetter)))!;
        var labelX0 = label.Min(s => s.Box.X0);
        var labelX1 = label.Max(s => s.Box.X1);
        var columns = new List<ColumnExtent> { new(labelX0, labelX1, ColumnRole.Label) };

        var left = new List<(double X0, double X1, bool IsCode)>();
        foreach (var cluster in textClusters.Where(c => c != label))
        {
            var x0 = cluster.Min(s => s.Box.X0);
            var x1 = cluster.Max(s => s.Box.X1);
            if (x1 <= labelX0 + options.ColumnJoinTolerance)
            {
                left.Add((x0, x1, cluster.All(s => IsCode(s.Text))));
            }
            else if (!numberClusters.Any(n => n.X0 <= x1 && n.X1 >= x0))
            {
                columns.Add(new ColumnExtent(x0, x1, ColumnRole.Text));
            }
        }

        foreach (var (x0, x1) in numberClusters)
        {
            if (x1 <= labelX0 + options.ColumnJoinTolerance)
            {
                left.Add((x0, x1, true));
            }
            else if ((x0 + x1) / 2 > labelX1)
            {
                columns.Add(new ColumnExtent(x0, x1, ColumnRole.Number));
            }
        }

        foreach (var group in Intervals.Cluster(left, l => (l.X0, l.X1), options.ColumnJoinTolerance))
        {
            columns.Add(new ColumnExtent(group.Min(l => l.X0), group.Max(l => l.X1), group.All(l => l.IsCode) ? ColumnRole.Code : ColumnRole.Text));
        }

        return columns.OrderBy(c => c.X0).ToList();
    }

    private bool IsCode(string text) => codePatterns.IsMatch(text.Trim());
}
