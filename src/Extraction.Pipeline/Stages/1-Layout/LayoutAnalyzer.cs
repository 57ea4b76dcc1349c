using Extraction.Document;

namespace Extraction.Pipeline.Layout;

/// <summary>Layout stage: words → lines → blocks, with running headers, footers and page numbers set aside.</summary>
public static class LayoutAnalyzer
{
    public static DocumentLayout Analyze(DocumentText document, LayoutOptions options)
    {
        var lines = document.Pages.Select(p => LineBuilder.Build(p.Words.Select(w => w with { Text = Ligatures.Expand(w.Text) }).ToList(), options)).ToList();
        var furniture = FurnitureDetector.Detect(
            document.Pages.Select((p, i) => (p.Width, p.Height, lines[i])).ToList(),
            options);

        var pages = document.Pages.Select((page, i) =>
        {
            var setAside = furniture[i].Select(f => f.Segment).ToHashSet();
            var body = lines[i]
                .Select(l => l.Segments.Where(s => !setAside.Contains(s)).ToList())
                .Where(segments => segments.Count > 0)
                .Select(segments => new TextLine(segments))
                .ToList();
            return new PageLayout(
                page.Number,
                page.Width,
                page.Height,
                body,
                BlockBuilder.Build(body, options),
                furniture[i],
                page.Rulings,
                page.ImageCount,
                FurnitureDetector.PrintedNumber(furniture[i], options))
            {
                Images = page.Images,
            };
        }).ToList();

        return new DocumentLayout(document.SourcePath, document.Title, pages);
    }
}
