using System.Globalization;
using Extraction.Outputs;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline;

namespace Extraction.Outputs.RunReport;

/// <summary>Sums up one document's outcome for the run report; keeps nothing of the extraction but what the report shows.</summary>
public static class DocumentReportBuilder
{
    /// <param name="outcome">The document's final outcome.</param>
    /// <param name="pageView">Link to its page view relative to the report, or null.</param>
    public static DocumentReport Build(DocumentOutcome outcome, string? pageView)
    {
        var file = Path.GetFileName(outcome.SourcePath);
        if (outcome is DocumentFailed failed)
        {
            return new DocumentReport(
                file, outcome.SourcePath, DocumentStatus.Failed, null, null, null, null, 0, 0, 0, 0, outcome.Timings.Total, null, failed.Code, failed.Message, [], []);
        }

        var extraction = ((DocumentSucceeded)outcome).Extraction;
        var facts = FactBuilder.Build(extraction).ToList();
        var checks = extraction.Checks
            .Select((check, index) => (check, index))
            .Where(c => !c.check.Holds)
            .Select(c => new FailedCheck(
                Kind(c.check.Kind),
                c.check.Message,
                c.check.Target.Page,
                pageView is null ? null : string.Create(CultureInfo.InvariantCulture, $"{pageView}#p{c.check.Target.Page}-c{c.index}")))
            .ToList();
        var structure = extraction.Structure;
        return new DocumentReport(
            file,
            outcome.SourcePath,
            checks.Count > 0 || extraction.ReadLosses.Any ? DocumentStatus.Warnings : DocumentStatus.Ok,
            structure.Municipality,
            structure.DocumentKind,
            structure.FiscalYear,
            structure.PolicyArea,
            extraction.PageCount,
            extraction.Tables.Count,
            facts.Count,
            checks.Count,
            outcome.Timings.Total,
            pageView,
            null,
            null,
            checks,
            AreaSeriesBuilder.Build(extraction, facts))
        {
            PagesUnread = extraction.ReadLosses.PagesUnread,
            PagesPartlyRead = extraction.ReadLosses.PagesPartlyRead,
            StreamsSkipped = extraction.ReadLosses.StreamsSkipped,
        };
    }

    private static string Kind(CheckKind kind) => kind switch
    {
        CheckKind.ColumnSum => "column sum",
        CheckKind.RowFormula => "row formula",
        CheckKind.CrossTable => "cross table",
        _ => kind.ToString(),
    };
}
