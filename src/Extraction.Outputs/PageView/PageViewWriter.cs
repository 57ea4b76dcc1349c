using System.Net;

namespace Extraction.Outputs.PageView;

/// <summary>
/// Writes a page view: one self-contained HTML file (inline style, script and data; no network, no external fonts)
/// that draws each page as SVG when it scrolls into view.
/// </summary>
internal static class PageViewWriter
{
    private static readonly Lazy<(string Html, string Style, string Script)> Templates = new(() =>
        (HtmlTemplate.Resource("page-view.html"), HtmlTemplate.Resource("page-view.css"), HtmlTemplate.Resource("page-view.js")));

    public static void Write(PageViewModel model, Stream output)
    {
        var (html, style, script) = Templates.Value;
        HtmlTemplate.Render(html, output, new Dictionary<string, Action<Stream>>
        {
            ["title"] = HtmlTemplate.Text(WebUtility.HtmlEncode("Page view – " + model.Document.SourceFile)),
            ["style"] = HtmlTemplate.Text(style),
            ["data"] = stream => PageViewJson.Write(model, stream),
            ["pages"] = stream => Pages(model, stream),
            ["script"] = HtmlTemplate.Text(script),
        });
    }

    private static void Pages(PageViewModel model, Stream output)
    {
        foreach (var page in model.Pages)
        {
            HtmlTemplate.Text($"<script type=\"application/json\" id=\"page-data-{page.Number}\">")(output);
            PageViewJson.WritePage(page, output);
            HtmlTemplate.Text("</script>\n")(output);
        }
    }

    /// <summary>Writes to <paramref name="path"/> through a temporary file, so a reader never sees half a page view.</summary>
    public static void Write(PageViewModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            Write(model, stream);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
