using Extraction.Document;
using Extraction.Pipeline;

namespace Extraction.Outputs.PageView;

/// <summary>Where page views are written, and writing one for a processed document.</summary>
public static class PageViewFile
{
    /// <summary>The name of a document's page view in a run, next to its JSON files.</summary>
    public const string RunFileName = "page-view.html";

    /// <summary>Writes the page view of <paramref name="inspection"/> to <paramref name="path"/>; false when the document failed.</summary>
    public static bool Write(DocumentInspection inspection, PageRange pages, string path)
    {
        var model = PageViewBuilder.Build(inspection, pages);
        if (model is null)
        {
            return false;
        }

        PageViewWriter.Write(model, path);
        return true;
    }
}
