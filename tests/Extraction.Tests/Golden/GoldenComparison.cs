using System.Text;

namespace Extraction.Tests.Golden;

/// <summary>Expected against actual cells: which are missing, which are extra, which are at the right place but wrong.</summary>
internal sealed record GoldenComparison(int Matched, IReadOnlyList<GoldenCell> Missing, IReadOnlyList<GoldenCell> Spurious, IReadOnlyList<(GoldenCell Expected, GoldenCell Actual)> Wrong)
{
    public bool IsExact => Missing.Count == 0 && Spurious.Count == 0 && Wrong.Count == 0;

    public static GoldenComparison Compare(IReadOnlyList<GoldenCell> expected, IReadOnlyList<GoldenCell> actual)
    {
        var unmatched = actual.ToList();
        var missing = new List<GoldenCell>();
        var matched = 0;
        foreach (var cell in expected)
        {
            var index = unmatched.IndexOf(cell);
            if (index >= 0)
            {
                unmatched.RemoveAt(index);
                matched++;
            }
            else
            {
                missing.Add(cell);
            }
        }

        var wrong = new List<(GoldenCell, GoldenCell)>();
        foreach (var cell in missing.ToList())
        {
            var index = unmatched.FindIndex(a => a.Position == cell.Position);
            if (index >= 0)
            {
                wrong.Add((cell, unmatched[index]));
                unmatched.RemoveAt(index);
                missing.Remove(cell);
            }
        }

        return new GoldenComparison(matched, missing, unmatched, wrong);
    }

    public string Report(string document)
    {
        var text = new StringBuilder();
        text.AppendLine($"{document}: {Matched} cells right, {Missing.Count} missing, {Spurious.Count} spurious, {Wrong.Count} wrong.");
        foreach (var cell in Missing.Take(40))
        {
            text.AppendLine("  missing:  " + cell);
        }

        foreach (var cell in Spurious.Take(40))
        {
            text.AppendLine("  spurious: " + cell);
        }

        foreach (var (expected, actual) in Wrong.Take(40))
        {
            text.AppendLine("  wrong:    expected " + expected);
            text.AppendLine("            got      " + actual);
        }

        return text.ToString();
    }
}
