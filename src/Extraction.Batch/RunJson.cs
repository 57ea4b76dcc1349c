using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Extraction.Batch;

/// <summary>
/// run.json: the last run (its settings, totals and one entry per input file), the store after it, and the history of
/// every run into the folder with what each changed (schema in docs/schema.md). Serialised from records.
/// </summary>
public static class RunJson
{
    public const string FileName = "run.json";
    public const string SchemaName = "extraction/run";
    public const int SchemaVersion = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write(BatchSummary summary, Stream output) => JsonSerializer.Serialize(output, RunFile.From(summary), Json);

    /// <summary>The runs recorded in an earlier run.json; empty when there is none, or it is unreadable or of another schema.</summary>
    public static IReadOnlyList<RunRecord> ReadHistory(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize<RunHistory>(File.ReadAllBytes(path), Json);
            return file is { Schema: SchemaName, SchemaVersion: SchemaVersion, Runs: { } runs } ? runs : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return [];
        }
    }

    private sealed record RunHistory(string? Schema, int SchemaVersion, IReadOnlyList<RunRecord>? Runs);
}

/// <summary>run.json as written.</summary>
internal sealed record RunFile(
    string Schema,
    int SchemaVersion,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    double ElapsedMs,
    string Output,
    string Configuration,
    string Shard,
    int OtherShards,
    int Parallelism,
    bool Forced,
    bool Cancelled,
    long PeakMemoryBytes,
    RunTotals Totals,
    IReadOnlyList<RunDocument> Documents,
    StoreTotals Store,
    IReadOnlyList<RunRecord> Runs)
{
    public static RunFile From(BatchSummary s) => new(
        RunJson.SchemaName,
        RunJson.SchemaVersion,
        s.Started,
        s.Finished,
        Math.Round(s.ElapsedMs, 1),
        s.OutputDirectory,
        s.ConfigurationFingerprint,
        s.Shard.ToString(),
        s.OtherShards,
        s.Parallelism,
        s.Forced,
        s.Cancelled,
        s.PeakMemoryBytes,
        new RunTotals(s.Documents.Count, s.Ok, s.OkWithWarnings, s.Failed, s.Skipped, s.PagesProcessed, Math.Round(s.PagesPerSecond, 1), s.Facts, s.Warnings, s.UnreadFigures),
        s.Documents.Select(RunDocument.From).ToList(),
        s.Store,
        s.History);
}

/// <summary>The last run's totals; <c>facts</c> counts the facts of this run's inputs (repeats count none).</summary>
internal sealed record RunTotals(int Documents, int Ok, int OkWithWarnings, int Failed, int Skipped, int PagesProcessed, double PagesPerSecond, int Facts, int Warnings, int UnreadFigures);

/// <summary>One input's entry in run.json.</summary>
internal sealed record RunDocument(
    string Input,
    string File,
    string? Sha256,
    string Status,
    string? Reason,
    DocumentError? Error,
    string? Outputs,
    IReadOnlyList<string> Files,
    int Pages,
    int Tables,
    int Facts,
    int Warnings,
    int UnreadFigures,
    int PagesUnread,
    int PagesPartlyRead,
    int StreamsSkipped,
    double ElapsedMs,
    RunManifest? Manifest)
{
    public static RunDocument From(DocumentEntry d) => new(
        d.Input,
        d.FileName,
        d.Sha256,
        d.Status.Name(),
        d.Reason,
        d.Error,
        d.OutputFolder,
        d.Files,
        d.Pages,
        d.Tables,
        d.Facts,
        d.Warnings,
        d.UnreadFigures,
        d.PagesUnread,
        d.PagesPartlyRead,
        d.StreamsSkipped,
        Math.Round(d.ElapsedMs, 1),
        d.Manifest is { } m ? new RunManifest(m.File, m.Line, d.Overrides.Municipality, d.Overrides.FiscalYear, d.Overrides.DocumentKind, d.Overrides.SourceUrl) : null);
}

/// <summary>The manifest line that named an input, and its values.</summary>
internal sealed record RunManifest(string File, int Line, string? Municipality, int? FiscalYear, string? DocumentKind, string? SourceUrl);

/// <summary>The store after the run: what the run-level tables hold.</summary>
/// <param name="Documents">Complete documents in the store (distinct content), whichever run made them.</param>
/// <param name="Facts">Rows of facts.csv (and facts.parquet).</param>
/// <param name="Failed">Rows of failed.csv: inputs whose last attempt failed.</param>
public sealed record StoreTotals(int Documents, int Facts, int Failed);

/// <summary>One run into the folder, as the history in run.json keeps it: when, over what, and what it changed.</summary>
/// <param name="Added">Documents processed whose content the store did not hold.</param>
/// <param name="Reprocessed">Documents processed again, replacing their folder (changed fingerprint, damaged folder, <c>--force</c>).</param>
/// <param name="Failed">Inputs that failed, with their error.</param>
/// <param name="Skipped">Inputs not processed: unchanged, or repeating another input's content.</param>
public sealed record RunRecord(
    DateTimeOffset Started,
    DateTimeOffset Finished,
    int Inputs,
    string Shard,
    bool Forced,
    bool Cancelled,
    string Configuration,
    IReadOnlyList<RunChange> Added,
    IReadOnlyList<RunChange> Reprocessed,
    IReadOnlyList<RunChange> Failed,
    IReadOnlyList<RunChange> Skipped,
    int StoreDocuments,
    int StoreFacts);

/// <summary>An input of a run and what became of it: <see cref="Error"/> for a failure, <see cref="Reason"/> for a skip.</summary>
public sealed record RunChange(string Input, string? Sha256, int Facts, DocumentError? Error, string? Reason);
