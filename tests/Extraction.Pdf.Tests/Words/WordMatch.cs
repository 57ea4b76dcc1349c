using System.Text;
using Extraction.Pdf.Core;

namespace Extraction.Pdf.Tests.Words;

/// <summary>
/// Scores candidate words against expected ones the way the project's scoring tool does: texts equal after NFKC and
/// trimming, boxes overlapping with IoU ≥ 0.5, matched one-to-one greedily by IoU. Degenerate boxes are widened
/// to 0.1 pt and empty texts ignored, as the tool does.
/// </summary>
internal static class WordMatch
{
    public const double MinIoU = 0.5;

    private const double MinExtent = 0.1;

    /// <summary>The words the tool would score: normalised text, non-empty, boxes at least 0.1 pt each way.</summary>
    public static List<(string Text, PdfRectangle Box)> Scorable(IEnumerable<(string Text, PdfRectangle Box)> words) =>
        words.Select(w => (Text: Normalize(w.Text), Box: Widen(w.Box))).Where(w => w.Text.Length > 0).ToList();

    public static int CountMatches(IReadOnlyList<(string Text, PdfRectangle Box)> candidates, IReadOnlyList<(string Text, PdfRectangle Box)> expected)
    {
        var pairs = new List<(double IoU, int Candidate, int Expected)>();
        var byText = expected.Select((e, i) => (Key: Normalize(e.Text), Index: i)).ToLookup(e => e.Key, e => e.Index);
        for (var c = 0; c < candidates.Count; c++)
        {
            foreach (var e in byText[Normalize(candidates[c].Text)])
            {
                var iou = IoU(candidates[c].Box, expected[e].Box);
                if (iou >= MinIoU)
                {
                    pairs.Add((iou, c, e));
                }
            }
        }

        var usedCandidates = new HashSet<int>();
        var usedExpected = new HashSet<int>();
        var matches = 0;
        foreach (var (_, c, e) in pairs.OrderByDescending(p => p.IoU))
        {
            if (!usedCandidates.Contains(c) && !usedExpected.Contains(e))
            {
                usedCandidates.Add(c);
                usedExpected.Add(e);
                matches++;
            }
        }

        return matches;
    }

    public static double IoU(PdfRectangle a, PdfRectangle b)
    {
        var w = Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0);
        var h = Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0);
        if (w <= 0 || h <= 0)
        {
            return 0;
        }

        var intersection = w * h;
        return intersection / (a.Width * a.Height + b.Width * b.Height - intersection);
    }

    private static PdfRectangle Widen(PdfRectangle box)
    {
        var (x0, x1) = Extent(box.X0, box.X1);
        var (y0, y1) = Extent(box.Y0, box.Y1);
        return new PdfRectangle(x0, y0, x1, y1);
    }

    private static (double Low, double High) Extent(double low, double high)
    {
        if (high - low >= MinExtent)
        {
            return (low, high);
        }

        var centre = (low + high) / 2;
        return (centre - MinExtent / 2, centre + MinExtent / 2);
    }

    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).Trim();
}
