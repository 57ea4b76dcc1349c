using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Composite;

/// <summary>Glyph widths of a CIDFont: /DW and the /W array in both its forms (ISO 32000-1 §9.7.4.3).</summary>
internal sealed class CidWidths
{
    private const int MaxRangeSpan = 0x10000;

    private readonly Dictionary<int, double> widths = new();

    public CidWidths(PdfDictionary cidFont, IObjectResolver resolver)
    {
        Default = cidFont.GetNumber("DW", resolver) ?? 1000;
        if (cidFont.Get<PdfArray>("W", resolver) is not { } w)
        {
            return;
        }

        var i = 0;
        while (i + 1 < w.Count)
        {
            if (resolver.Resolve(w[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            var next = resolver.Resolve(w[i + 1]);
            if (next is PdfArray list)
            {
                // c [w1 w2 …]
                for (var k = 0; k < list.Count; k++)
                {
                    if (resolver.Resolve(list[k]) is PdfNumber width)
                    {
                        widths[first.IntValue + k] = width.Value;
                    }
                }

                i += 2;
            }
            else if (next is PdfNumber last && i + 2 < w.Count && resolver.Resolve(w[i + 2]) is PdfNumber width)
            {
                // cFirst cLast w
                for (long cid = first.IntValue; cid <= last.IntValue && cid - first.IntValue < MaxRangeSpan; cid++)
                {
                    widths[(int)cid] = width.Value;
                }

                i += 3;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>/DW: the width of CIDs /W does not list, and of codes whose CID is unknown.</summary>
    public double Default { get; }

    public double Get(int? cid) => cid is { } c && widths.TryGetValue(c, out var w) ? w : Default;
}
