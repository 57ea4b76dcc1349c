using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extraction.Batch;

/// <summary>Writes run.json: the run's settings and totals, then one object per input file (schema in docs/schema.md).</summary>
public static class RunJson
{
    public const string FileName = "run.json";
    public const string SchemaName = "extraction/run";
    public const int SchemaVersion = 1;

    public static void Write(BatchSummary summary, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schema", SchemaName);
        json.WriteNumber("schema_version", SchemaVersion);
        json.WriteString("started", summary.Started);
        json.WriteString("finished", summary.Finished);
        json.WriteNumber("elapsed_ms", Math.Round(summary.ElapsedMs, 1));
        json.WriteString("output", summary.OutputDirectory);
        json.WriteString("configuration", summary.ConfigurationFingerprint);
        json.WriteString("shard", summary.Shard.ToString());
        json.WriteNumber("other_shards", summary.OtherShards);
        json.WriteNumber("parallelism", summary.Parallelism);
        json.WriteBoolean("forced", summary.Forced);
        json.WriteNumber("peak_memory_bytes", summary.PeakMemoryBytes);
        json.WriteStartObject("totals");
        json.WriteNumber("documents", summary.Documents.Count);
        json.WriteNumber("ok", summary.Ok);
        json.WriteNumber("ok_with_warnings", summary.OkWithWarnings);
        json.WriteNumber("failed", summary.Failed);
        json.WriteNumber("skipped", summary.Skipped);
        json.WriteNumber("pages_processed", summary.PagesProcessed);
        json.WriteNumber("pages_per_second", Math.Round(summary.PagesPerSecond, 1));
        json.WriteNumber("facts", summary.Facts);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("unread_figures", summary.UnreadFigures);
        json.WriteEndObject();
        json.WriteStartArray("documents");
        foreach (var d in summary.Documents)
        {
            json.WriteStartObject();
            json.WriteString("input", d.Input);
            json.WriteString("file", d.FileName);
            json.WriteString("sha256", d.Sha256);
            json.WriteString("status", d.Status.Name());
            json.WriteString("reason", d.Reason);
            if (d.Error is { } error)
            {
                json.WriteStartObject("error");
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message);
                json.WriteString("stage", error.Stage);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("error");
            }

            json.WriteString("outputs", d.OutputFolder);
            json.WriteStartArray("files");
            foreach (var file in d.Files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteNumber("pages", d.Pages);
            json.WriteNumber("tables", d.Tables);
            json.WriteNumber("facts", d.Facts);
            json.WriteNumber("warnings", d.Warnings);
            json.WriteNumber("unread_figures", d.UnreadFigures);
            json.WriteStartObject("doubts");
            foreach (var (reason, count) in d.Doubts)
            {
                json.WriteNumber(reason, count);
            }

            json.WriteEndObject();
            json.WriteNumber("elapsed_ms", Math.Round(d.ElapsedMs, 1));
            if (d.Manifest is { } manifest)
            {
                json.WriteStartObject("manifest");
                json.WriteString("file", manifest.File);
                json.WriteNumber("line", manifest.Line);
                json.WriteString("municipality", d.Overrides.Municipality);
                if (d.Overrides.FiscalYear is { } year)
                {
                    json.WriteNumber("fiscal_year", year);
                }
                else
                {
                    json.WriteNull("fiscal_year");
                }

                json.WriteString("document_kind", d.Overrides.DocumentKind);
                json.WriteString("source_url", d.Overrides.SourceUrl);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("manifest");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
