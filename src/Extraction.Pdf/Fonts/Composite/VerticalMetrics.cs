using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Composite;

/// <summary>
/// Vertical displacements of a CIDFont in vertical writing: /DW2 and /W2 (ISO 32000-1 §9.7.4.3). Only the vertical
/// advance (w1y, negative for downward) is kept; position vectors do not move the glyph's box far enough to matter.
/// </summary>
internal sealed class VerticalMetrics
{
    private const int MaxRangeSpan = 0x10000;

    private readonly Dictionary<int, double> advances = new();
    private readonly double defaultAdvance;

    public VerticalMetrics(PdfDictionary cidFont, IObjectResolver resolver)
    {
        defaultAdvance = cidFont.GetNumbers("DW2", resolver) is { Length: 2 } dw2 ? dw2[1] : -1000;
        if (cidFont.Get<PdfArray>("W2", resolver) is not { } w2)
        {
            return;
        }

        var i = 0;
        while (i + 1 < w2.Count)
        {
            if (resolver.Resolve(w2[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            if (resolver.Resolve(w2[i + 1]) is PdfArray list)
            {
                // c [w1y vx vy  w1y vx vy …]
                for (var k = 0; k + 2 < list.Count; k += 3)
                {
                    if (resolver.Resolve(list[k]) is PdfNumber advance)
                    {
                        advances[first.IntValue + (k / 3)] = advance.Value;
                    }
                }

                i += 2;
            }
            else if (i + 4 < w2.Count && resolver.Resolve(w2[i + 1]) is PdfNumber last && resolver.Resolve(w2[i + 2]) is PdfNumber advance)
            {
                // cFirst cLast w1y vx vy
                for (long cid = first.IntValue; cid <= last.IntValue && cid - first.IntValue < MaxRangeSpan; cid++)
                {
                    advances[(int)cid] = advance.Value;
                }

                i += 5;
            }
            else
            {
                i++;
            }
        }
    }

    public double Advance(int? cid) => cid is { } c && advances.TryGetValue(c, out var advance) ? advance : defaultAdvance;
}
