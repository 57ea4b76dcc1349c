using Extraction.Document.Numbers;
using Extraction.Pipeline;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline.Tables.Rows;
using Extraction.Reading.Pdf;

namespace Extraction.Training;

/// <summary>One space between two lines of a band, with the truth's answer.</summary>
internal sealed record LabelledGap(string File, float[] Features, bool Break);

/// <summary>
/// Reads a generated PDF as the pipeline does, up to the body lines of each table region, and labels each space
/// between two lines of a band from the truth: a new row starts there when the lines belong to different truth rows.
/// </summary>
internal sealed class GapCollector(PipelineOptions options)
{
    private readonly TableRegionFinder regions = new(options.Tables, options.Numbers);
    private readonly TableGridBuilder builder = new(options.Tables, options.Layout.Hyphenation, new ColumnHeaderParser(options.Columns, options.Numbers), options.Numbers);
    private readonly RowGrouper grouper = new(options.Tables, RowBoundaryModel.Committed);

    public (IReadOnlyList<LabelledGap> Gaps, int Tables, int Unmatched) Collect(string pdf, string truth)
    {
        var rows = TruthRow.Read(truth);
        var text = new PdfDocumentReader().Read(pdf);
        var gaps = new List<LabelledGap>();
        var (tables, unmatched) = (0, 0);
        // Each PDF once as printed and once with its rulings removed: a ruled table read as a borderless one (the
        // rows' padding kept, no rule to cut them) is the layout of many house styles the generator does not draw.
        var borderless = text with { Pages = text.Pages.Select(p => p with { Rulings = [] }).ToList() };
        foreach (var page in new[] { text, borderless }.SelectMany(t => LayoutAnalyzer.Analyze(t, options.Layout).Pages))
        {
            var onPage = rows.Where(r => r.Page == page.Number).ToList();
            foreach (var region in regions.Find(page))
            {
                if (builder.Lay(region) is not { } body)
                {
                    continue;
                }

                var groups = RowAlignment.Groups(body.Lines, onPage);
                if (groups.All(g => g is null))
                {
                    unmatched++;
                    continue;
                }

                tables++;
                var bands = grouper.Bands(body.Lines, region.Rulings, body.X0, body.X1);
                var geometry = BodyGeometry.Of(body.Lines, bands.Count > 1);
                var index = new Dictionary<LineProfile, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < body.Lines.Count; i++)
                {
                    index[body.Lines[i]] = i;
                }

                foreach (var band in bands)
                {
                    for (var i = 1; i < band.Count; i++)
                    {
                        var (above, below) = (groups[index[band[i - 1]]], groups[index[band[i]]]);
                        if (above is null || below is null)
                        {
                            continue;
                        }

                        gaps.Add(new LabelledGap(
                            Path.GetFileName(pdf),
                            RowGapFeatures.Of(band, i, geometry),
                            above != below));
                    }
                }
            }
        }

        return (gaps, tables, unmatched);
    }
}
