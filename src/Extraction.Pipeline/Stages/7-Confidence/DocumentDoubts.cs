using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Why a document read without failing is still not plainly <c>ok</c>, each reason with how often it occurs: checks that
/// do not hold, tables below the confidence threshold, figures that could not be read, number columns of unknown
/// measure, a budget document (one whose kind was recognised) in which no table of figures was found, and content the
/// reader could not read (unread pages, skipped streams).
/// </summary>
public static class DocumentDoubts
{
    public const string FailedChecks = "failed_checks";
    public const string DoubtfulTables = "doubtful_tables";
    public const string UnreadFigures = "unread_figures";
    public const string UnknownMeasures = "unknown_measures";
    public const string NoTables = "no_tables";
    public const string ContentNotRead = "content_not_read";

    /// <summary>The reasons that apply, in a fixed order, each with its count (only counts above zero).</summary>
    public static IReadOnlyDictionary<string, int> Of(DocumentExtraction extraction)
    {
        var numeric = extraction.Tables.Where(t => t.Kind == TableKind.Numeric).ToList();
        var counts = new (string Reason, int Count)[]
        {
            (FailedChecks, extraction.Warnings.Count()),
            (DoubtfulTables, extraction.Tables.Count(t => t.Confidence.Doubtful)),
            (UnreadFigures, extraction.UnreadFigures.Count()),
            (UnknownMeasures, numeric.Sum(t => t.Columns.Count(c => c.Role == ColumnRole.Number && c.Budget.Measure == Measure.Unknown))),
            (NoTables, extraction.Structure.DocumentKind is not null && numeric.Count == 0 ? 1 : 0),
            (ContentNotRead, extraction.ReadLosses.PagesUnread + extraction.ReadLosses.PagesPartlyRead + extraction.ReadLosses.StreamsSkipped),
        };
        return counts.Where(c => c.Count > 0).ToDictionary(c => c.Reason, c => c.Count);
    }
}
