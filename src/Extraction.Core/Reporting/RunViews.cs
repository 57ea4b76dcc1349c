using Extraction.Core.Pipeline;
using Extraction.Core.Reading;
using Extraction.Core.Reporting.PageView;
using Extraction.Core.Reporting.RunReport;
using Serilog;

namespace Extraction.Core.Reporting;

/// <summary>
/// What a person opens after a run: each document's page view, written next to its JSON files as it is done, and
/// <c>report.html</c> in the output folder at the end, linking to them. Safe to feed from several threads; the report
/// lists documents in ordinal order of their paths whatever the order they finished in.
/// </summary>
public sealed class RunViews
{
    public const string ReportFileName = "report.html";

    private readonly string outputDirectory;
    private readonly ILogger log;
    private readonly bool pageViews;
    private readonly List<DocumentReport> documents = [];

    /// <param name="pageViews">Write page views; without them the report lists the documents without links.</param>
    public RunViews(string outputDirectory, ILogger log, bool pageViews = true)
    {
        this.outputDirectory = Path.GetFullPath(outputDirectory);
        this.log = log;
        this.pageViews = pageViews;
    }

    public string ReportPath => Path.Combine(outputDirectory, ReportFileName);

    /// <summary>Writes the page view of a processed document into <paramref name="documentFolder"/> and notes its outcome for the report.</summary>
    /// <param name="inspection">The document with its final outcome (a document whose outputs could not be written has failed).</param>
    public void Add(DocumentInspection inspection, string documentFolder)
    {
        string? link = null;
        var path = Path.Combine(documentFolder, PageViewFile.RunFileName);
        try
        {
            if (pageViews && PageViewFile.Write(inspection, PageRange.All, path))
            {
                link = Path.GetRelativePath(outputDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Warning("{Document}: page view not written: {Message}", Path.GetFileName(inspection.Outcome.SourcePath), ex.Message);
        }

        var report = DocumentReportBuilder.Build(inspection.Outcome, link);
        lock (documents)
        {
            documents.Add(report);
        }
    }

    /// <summary>Writes report.html (through a temporary file) and returns its path.</summary>
    public string WriteReport(double elapsedMs)
    {
        List<DocumentReport> lines;
        lock (documents)
        {
            lines = documents.OrderBy(d => d.SourcePath, StringComparer.Ordinal).ToList();
        }

        Directory.CreateDirectory(outputDirectory);
        var temporary = ReportPath + ".tmp";
        using (var stream = File.Create(temporary))
        {
            RunReportHtml.Write(new RunReportModel(lines, elapsedMs), stream);
        }

        File.Move(temporary, ReportPath, overwrite: true);
        return ReportPath;
    }
}
