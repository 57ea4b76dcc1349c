namespace Extraction.Outputs.RunReport;

/// <summary>What a run report shows: a line per document of the run, in input order, and the run's time.</summary>
public sealed record RunReportModel(IReadOnlyList<DocumentReport> Documents, double ElapsedMs)
{
    /// <summary>Documents in the output folder's dataset after the run (facts.csv holds them all); null when not known.</summary>
    public int? DatasetDocuments { get; init; }

    /// <summary>Rows of facts.csv after the run: the values of every document in the dataset, not only this run's.</summary>
    public int? DatasetValues { get; init; }

    /// <summary>Documents processed in this run (as run.json's <c>ok</c> + <c>ok_with_warnings</c>); skipped ones are counted apart.</summary>
    public int Succeeded => Documents.Count(d => d.Status is DocumentStatus.Ok or DocumentStatus.Warnings);

    public int Skipped => Documents.Count(d => d.Status == DocumentStatus.Skipped);

    public int WithWarnings => Documents.Count(d => d.Status == DocumentStatus.Warnings);

    public int Failed => Documents.Count(d => d.Status == DocumentStatus.Failed);

    public int Pages => Documents.Sum(d => d.Pages);

    public int Tables => Documents.Sum(d => d.Tables);

    public int Values => Documents.Sum(d => d.Values);

    public int FailedChecks => Documents.Sum(d => d.FailedChecks.Count);
}

public enum DocumentStatus
{
    Ok,
    Warnings,
    Failed,

    /// <summary>Not processed again in this run: its outputs (and this line's figures) are from an earlier run.</summary>
    Skipped,
}

/// <summary>One document of a run: its outcome in numbers, its failure, its failed checks and its series.</summary>
/// <param name="SourceFile">The PDF's file name.</param>
/// <param name="SourcePath">The PDF as given to the run.</param>
/// <param name="PageView">Link to the document's page view, relative to the report; null when none was written.</param>
/// <param name="Warnings">Failed checks.</param>
/// <param name="ErrorCode">Why the document failed (a reader error code, <c>PipelineError</c>, …); null when it did not.</param>
public sealed record DocumentReport(
    string SourceFile,
    string SourcePath,
    DocumentStatus Status,
    string? Municipality,
    string? DocumentKind,
    int? FiscalYear,
    string? PolicyArea,
    int Pages,
    int Tables,
    int Values,
    int Warnings,
    double ElapsedMs,
    string? PageView,
    string? ErrorCode,
    string? ErrorMessage,
    IReadOnlyList<FailedCheck> FailedChecks,
    IReadOnlyList<AreaSeries> Series)
{
    /// <summary>Why the document was not processed in this run ("unchanged since the last run", "same content as …"); null when it was.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Pages of which the reader could read nothing.</summary>
    public int PagesUnread { get; init; }

    /// <summary>Pages the reader read only up to a failure.</summary>
    public int PagesPartlyRead { get; init; }

    /// <summary>Streams the reader skipped for damage or a limit.</summary>
    public int StreamsSkipped { get; init; }

    /// <summary>The lowest confidence of the document's tables; null without tables.</summary>
    public double? LowestTableConfidence { get; init; }

    /// <summary>Tables whose confidence is below the threshold.</summary>
    public int DoubtfulTables { get; init; }

    /// <summary>Why the document has warnings: each reason with its count.</summary>
    public IReadOnlyDictionary<string, int> Doubts { get; init; } = new Dictionary<string, int>();
}

/// <summary>A check that did not hold, and a link to it in the page view (null without one).</summary>
public sealed record FailedCheck(string Kind, string Message, int Page, string? Link);

/// <summary>An activity area's figures over the years printed (or the policy area's, when it has no activity areas).</summary>
public sealed record AreaSeries(string Name, IReadOnlyList<SeriesPoint> Points);

/// <summary>One year of a series: the amount in kroner, and which printed figure it is (measure, column, table).</summary>
public sealed record SeriesPoint(int Year, decimal AmountDkk, string Measure, string ColumnLabel, string? TableId);
