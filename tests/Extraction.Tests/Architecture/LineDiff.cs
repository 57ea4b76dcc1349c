namespace Extraction.Tests.Architecture;

/// <summary>The lines two texts do not share, in order, marked "-" (only in the first) and "+" (only in the second).</summary>
internal static class LineDiff
{
    public static IReadOnlyList<string> Between(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = new List<string>();
        int b = 0, a = 0;
        while (b < before.Count || a < after.Count)
        {
            if (b < before.Count && a < after.Count && before[b] == after[a])
            {
                b++;
                a++;
            }
            else if (a < after.Count && (b == before.Count || common[b, a + 1] >= common[b + 1, a]))
            {
                changes.Add("+ " + after[a++]);
            }
            else
            {
                changes.Add("- " + before[b++]);
            }
        }

        return changes;
    }
}
