using Extraction.Outputs.RunReport;
using ReportStatus = Extraction.Outputs.RunReport.DocumentStatus;

namespace Extraction.Batch;

/// <summary>
/// Writes <c>report.html</c> beside run.json: a line per input of the run in input order, from the run's entries and
/// each document's stored report line (so skipped documents keep their checks and series).
/// </summary>
public static class RunReportWriter
{
    public const string FileName = "report.html";

    public static string Write(BatchSummary summary)
    {
        var lines = summary.Documents.Select(entry => Line(entry, summary.OutputDirectory)).ToList();
        var path = Path.Combine(summary.OutputDirectory, FileName);
        AtomicFile.Write(path, stream => RunReportHtml.Write(new RunReportModel(lines, summary.ElapsedMs) { DatasetDocuments = summary.Store.Documents, DatasetValues = summary.Store.Facts }, stream));
        return path;
    }

    private static DocumentReport Line(DocumentEntry entry, string outputDirectory)
    {
        var stored = entry.OutputFolder is { } folder
            ? DocumentReportFile.TryRead(Path.Combine(outputDirectory, folder, DocumentReportFile.FileName))
            : null;
        // A repeat of another input has no figures of its own: it shows what run.json counts for it, and why it was skipped.
        var repeat = entry.Status == DocumentStatus.Skipped && entry.Reason?.StartsWith(BatchRun.RepeatReason, StringComparison.Ordinal) == true;
        if (entry.Status == DocumentStatus.Failed || stored is null || repeat)
        {
            return new DocumentReport(
                entry.FileName,
                entry.Input,
                Status(entry.Status),
                null,
                null,
                null,
                null,
                entry.Pages,
                entry.Tables,
                entry.Facts,
                entry.Warnings,
                entry.ElapsedMs,
                null,
                entry.Error?.Code,
                entry.Error?.Message,
                [],
                [])
            {
                SkipReason = entry.Status == DocumentStatus.Skipped ? entry.Reason : null,
            };
        }

        return stored with
        {
            SourceFile = entry.FileName,
            SourcePath = entry.Input,
            Status = Status(entry.Status),
            ElapsedMs = entry.ElapsedMs,
            SkipReason = entry.Status == DocumentStatus.Skipped ? entry.Reason : null,
        };
    }

    private static ReportStatus Status(DocumentStatus status) => status switch
    {
        DocumentStatus.Failed => ReportStatus.Failed,
        DocumentStatus.Skipped => ReportStatus.Skipped,
        DocumentStatus.OkWithWarnings => ReportStatus.Warnings,
        _ => ReportStatus.Ok,
    };
}
