using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>Rulings merged into continuous lines, and the boxes of ruled grids (tables drawn with borders).</summary>
public static class RulingGeometry
{
    /// <summary>Joins collinear pieces that touch (tables often draw each cell's border separately).</summary>
    public static IReadOnlyList<Ruling> Merge(IEnumerable<Ruling> rulings, double tolerance)
    {
        var merged = new List<Ruling>();
        foreach (var group in rulings.GroupBy(r => r.IsHorizontal))
        {
            var horizontal = group.Key;
            var sorted = group.OrderBy(r => r.Position).ThenBy(r => r.Start).ToList();
            var used = new bool[sorted.Count];
            for (var i = 0; i < sorted.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                used[i] = true;
                var position = sorted[i].Position;
                var start = sorted[i].Start;
                var end = sorted[i].End;
                bool grown;
                do
                {
                    grown = false;
                    for (var j = i + 1; j < sorted.Count && sorted[j].Position - position <= tolerance; j++)
                    {
                        if (!used[j] && sorted[j].Start <= end + tolerance && sorted[j].End >= start - tolerance)
                        {
                            used[j] = true;
                            start = Math.Min(start, sorted[j].Start);
                            end = Math.Max(end, sorted[j].End);
                            grown = true;
                        }
                    }
                }
                while (grown);

                var box = horizontal ? new Box(start, position, end, position) : new Box(position, start, position, end);
                merged.Add(new Ruling(box, horizontal));
            }
        }

        return merged;
    }

    /// <summary>Boxes of connected sets of rules with at least two horizontal and two vertical lines.</summary>
    public static IReadOnlyList<Box> Grids(IReadOnlyList<Ruling> merged, double tolerance)
    {
        var parent = Enumerable.Range(0, merged.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (var i = 0; i < merged.Count; i++)
        {
            for (var j = i + 1; j < merged.Count; j++)
            {
                if (Touch(merged[i], merged[j], tolerance))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, merged.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => merged[i]).ToList())
            .Where(g => g.Count(r => r.IsHorizontal) >= 2 && g.Count(r => !r.IsHorizontal) >= 2)
            .Select(g => Box.Enclosing(g.Select(r => r.Box)))
            .OrderBy(b => b.Y0)
            .ToList();
    }

    private static bool Touch(Ruling a, Ruling b, double tolerance)
    {
        var ea = Expand(a.Box, tolerance);
        return ea.X0 <= b.Box.X1 && ea.X1 >= b.Box.X0 && ea.Y0 <= b.Box.Y1 && ea.Y1 >= b.Box.Y0;
    }

    private static Box Expand(Box box, double by) => new(box.X0 - by, box.Y0 - by, box.X1 + by, box.Y1 + by);
}
