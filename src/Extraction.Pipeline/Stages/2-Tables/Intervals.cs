namespace Extraction.Pipeline.Tables;

/// <summary>Groups horizontal extents that overlap (directly or through others) into clusters.</summary>
internal static class Intervals
{
    public static List<List<T>> Cluster<T>(IEnumerable<T> items, Func<T, (double X0, double X1)> extent, double tolerance)
    {
        var clusters = new List<(double X0, double X1, List<T> Items)>();
        foreach (var item in items.OrderBy(i => extent(i).X0))
        {
            var (x0, x1) = extent(item);
            if (clusters.Count > 0 && x0 <= clusters[^1].X1 + tolerance)
            {
                var last = clusters[^1];
                last.Items.Add(item);
                clusters[^1] = (last.X0, Math.Max(last.X1, x1), last.Items);
            }
            else
            {
                clusters.Add((x0, x1, [item]));
            }
        }

        return clusters.Select(c => c.Items).ToList();
    }
}
