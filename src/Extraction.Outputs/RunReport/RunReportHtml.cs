using System.Globalization;
using System.Net;
using System.Text;

namespace Extraction.Outputs.RunReport;

/// <summary>
/// Renders a run report as one self-contained HTML page without scripts: totals, a line per document, the failed
/// documents with their reasons, every failed check linked to its page view, and a chart per policy area.
/// </summary>
public static class RunReportHtml
{
    private static readonly Lazy<(string Html, string Style)> Templates = new(() => (HtmlTemplate.Resource("report.html"), HtmlTemplate.Resource("report.css")));

    public static void Write(RunReportModel report, Stream output)
    {
        var (html, style) = Templates.Value;
        HtmlTemplate.Render(html, output, new Dictionary<string, Action<Stream>>
        {
            ["title"] = HtmlTemplate.Text("Extraction run report"),
            ["style"] = HtmlTemplate.Text(style),
            ["body"] = HtmlTemplate.Text(Body(report)),
        });
    }

    private static string Body(RunReportModel report)
    {
        var html = new StringBuilder();
        html.Append("<h1>Extraction run report</h1>");
        Totals(html, report);
        Documents(html, report);
        Failures(html, report);
        SkippedDocuments(html, report);
        Losses(html, report);
        Checks(html, report);
        PolicyAreas(html, report);
        return html.ToString();
    }

    private static void Totals(StringBuilder html, RunReportModel report)
    {
        html.Append("<ul class=\"totals\" id=\"totals\">");
        Total(html, "documents", report.Documents.Count, "documents");
        Total(html, "succeeded", report.Succeeded, "processed");
        Total(html, "warnings", report.WithWarnings, "with warnings");
        Total(html, "skipped", report.Skipped, "skipped");
        Total(html, "failed", report.Failed, "failed");
        Total(html, "pages", report.Pages, "pages");
        Total(html, "tables", report.Tables, "tables");
        Total(html, "values", report.Values, "values");
        Total(html, "failed-checks", report.FailedChecks, "failed checks");
        html.Append(Invariant($"<li data-total=\"time\"><b>{report.ElapsedMs / 1000:0.0} s</b>run time</li>"));
        if (report is { DatasetDocuments: { } documents, DatasetValues: { } values })
        {
            Total(html, "dataset-documents", documents, "documents in the dataset");
            Total(html, "dataset-values", values, "values in facts.csv");
        }

        html.Append("</ul>");
    }

    private static void Total(StringBuilder html, string name, int value, string label) =>
        html.Append(Invariant($"<li data-total=\"{name}\"><b>{value}</b>{label}</li>"));

    private static void Documents(StringBuilder html, RunReportModel report)
    {
        html.Append("<h2>Documents</h2><table id=\"documents\"><thead><tr><th>Document</th><th>Status</th><th>Municipality</th><th>Kind</th>"
            + "<th>Year</th><th>Policy area</th><th class=\"n\">Pages</th><th class=\"n\">Tables</th><th class=\"n\">Values</th>"
            + "<th class=\"n\">Warnings</th><th class=\"n\">Lowest table confidence</th><th class=\"n\">Doubtful tables</th><th>Why</th>"
            + "<th class=\"n\">Time (ms)</th></tr></thead><tbody>");
        foreach (var d in report.Documents)
        {
            var name = d.PageView is null ? Encode(d.SourceFile) : $"<a href=\"{Encode(d.PageView)}\">{Encode(d.SourceFile)}</a>";
            var status = d.Status.ToString().ToLowerInvariant();
            html.Append(Invariant($"<tr data-document=\"{Encode(d.SourceFile)}\" data-status=\"{status}\"><td>{name}</td>"))
                .Append(Invariant($"<td><span class=\"status status-{status}\">{Status(d.Status)}</span></td>"))
                .Append(Invariant($"<td>{Encode(d.Municipality)}</td><td>{Encode(d.DocumentKind)}</td><td>{d.FiscalYear}</td><td>{Encode(d.PolicyArea)}</td>"))
                .Append(Invariant($"<td class=\"n\">{d.Pages}</td><td class=\"n\">{d.Tables}</td><td class=\"n\">{d.Values}</td><td class=\"n\">{d.Warnings}</td>"))
                .Append(Invariant($"<td class=\"n\" data-confidence>{d.LowestTableConfidence:0.00}</td><td class=\"n\" data-doubtful>{d.DoubtfulTables}</td>"))
                .Append(Invariant($"<td data-doubts>{Encode(string.Join(", ", d.Doubts.Select(p => Invariant($"{p.Key} {p.Value}"))))}</td>"))
                .Append(Invariant($"<td class=\"n\">{d.ElapsedMs:0}</td></tr>"));
        }

        html.Append("</tbody></table>");
    }

    private static void Failures(StringBuilder html, RunReportModel report)
    {
        html.Append("<h2>Failed documents</h2>");
        var failed = report.Documents.Where(d => d.Status == DocumentStatus.Failed).ToList();
        if (failed.Count == 0)
        {
            html.Append("<p class=\"none\" id=\"failures\">None.</p>");
            return;
        }

        html.Append("<table id=\"failures\"><thead><tr><th>Document</th><th>Error</th><th>Reason</th></tr></thead><tbody>");
        foreach (var d in failed)
        {
            html.Append(Invariant($"<tr data-document=\"{Encode(d.SourceFile)}\"><td>{Encode(d.SourcePath)}</td><td><code>{Encode(d.ErrorCode)}</code></td><td>{Encode(d.ErrorMessage)}</td></tr>"));
        }

        html.Append("</tbody></table>");
    }

    private static void SkippedDocuments(StringBuilder html, RunReportModel report)
    {
        var skipped = report.Documents.Where(d => d.Status == DocumentStatus.Skipped).ToList();
        if (skipped.Count == 0)
        {
            return;
        }

        html.Append("<h2>Skipped documents</h2><table id=\"skipped\"><thead><tr><th>Document</th><th class=\"n\">Values</th><th>Why</th></tr></thead><tbody>");
        foreach (var d in skipped)
        {
            html.Append(Invariant($"<tr data-document=\"{Encode(d.SourceFile)}\"><td>{Encode(d.SourcePath)}</td><td class=\"n\">{d.Values}</td><td>{Encode(d.SkipReason)}</td></tr>"));
        }

        html.Append("</tbody></table>");
    }

    /// <summary>Documents the reader could not read in full: their figures may be incomplete, so the loss is shown.</summary>
    private static void Losses(StringBuilder html, RunReportModel report)
    {
        var lossy = report.Documents.Where(d => d.PagesUnread + d.PagesPartlyRead + d.StreamsSkipped > 0).ToList();
        if (lossy.Count == 0)
        {
            return;
        }

        html.Append("<h2>Content not read</h2><table id=\"losses\"><thead><tr><th>Document</th><th class=\"n\">Pages unread</th>"
            + "<th class=\"n\">Pages partly read</th><th class=\"n\">Streams skipped</th></tr></thead><tbody>");
        foreach (var d in lossy)
        {
            html.Append(Invariant($"<tr data-document=\"{Encode(d.SourceFile)}\"><td>{Encode(d.SourcePath)}</td><td class=\"n\">{d.PagesUnread}</td>"))
                .Append(Invariant($"<td class=\"n\">{d.PagesPartlyRead}</td><td class=\"n\">{d.StreamsSkipped}</td></tr>"));
        }

        html.Append("</tbody></table>");
    }

    private static void Checks(StringBuilder html, RunReportModel report)
    {
        html.Append("<h2>Failed checks</h2>");
        var documents = report.Documents.Where(d => d.FailedChecks.Count > 0).ToList();
        if (documents.Count == 0)
        {
            html.Append("<p class=\"none\" id=\"checks\">None.</p>");
            return;
        }

        html.Append("<div id=\"checks\">");
        foreach (var d in documents)
        {
            html.Append(Invariant($"<h3>{Encode(d.SourceFile)} ({d.FailedChecks.Count})</h3><ol class=\"checks\">"));
            foreach (var check in d.FailedChecks)
            {
                var page = check.Link is null ? Invariant($"p. {check.Page}") : Invariant($"<a href=\"{Encode(check.Link)}\">p. {check.Page}</a>");
                html.Append(Invariant($"<li class=\"check\" data-document=\"{Encode(d.SourceFile)}\">{page} <span class=\"kind\">{Encode(check.Kind)}</span>: {Encode(check.Message)}</li>"));
            }

            html.Append("</ol>");
        }

        html.Append("</div>");
    }

    private static void PolicyAreas(StringBuilder html, RunReportModel report)
    {
        html.Append("<h2>Policy areas over the years</h2>");
        var documents = report.Documents.Where(d => d.Series.Count > 0).ToList();
        if (documents.Count == 0)
        {
            html.Append("<p class=\"none\" id=\"policy-areas\">No series found.</p>");
            return;
        }

        html.Append("<p class=\"note\">Per activity area, the bottom total row of its table with the most years, in kroner. "
            + "Filled dot: realised (regnskab); open dot: budget, estimate or overslagsår. Hover over a dot for the figure and its column.</p>");
        html.Append("<div id=\"policy-areas\">");
        foreach (var d in documents)
        {
            var title = string.Join(" · ", new[] { d.PolicyArea is null ? null : "Politikområde " + d.PolicyArea, d.Municipality, d.DocumentKind, d.FiscalYear?.ToString(CultureInfo.InvariantCulture) }.OfType<string>());
            html.Append(Invariant($"<section class=\"area\" data-document=\"{Encode(d.SourceFile)}\"><h3>{Encode(title.Length > 0 ? title : d.SourceFile)}</h3>"));
            html.Append(Invariant($"<div class=\"note\">{Encode(d.SourceFile)}</div>"));
            html.Append(SeriesChart.Render(d.Series));
            html.Append("<ul class=\"legend\">");
            for (var s = 0; s < d.Series.Count; s++)
            {
                html.Append(Invariant($"<li><svg class=\"key\" viewBox=\"0 0 20 6\"><line x1=\"0\" x2=\"20\" y1=\"3\" y2=\"3\" stroke=\"{SeriesChart.Colour(s)}\"{SeriesChart.Dashes(s)}/></svg>{Encode(d.Series[s].Name)}</li>"));
            }

            html.Append("</ul></section>");
        }

        html.Append("</div>");
    }

    private static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.Ok => "ok",
        DocumentStatus.Warnings => "ok, warnings",
        DocumentStatus.Skipped => "skipped",
        _ => "failed",
    };

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
