using Extraction.Batch.Sinks;
using Extraction.Batch;
using Extraction.Configuration;
using Extraction.Document;
using Extraction.Outputs.RunReport;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;
using Serilog;

namespace Extraction.Tests.Support;

/// <summary>Runs batches in-process with the repository's pipeline.json, and compares their output folders.</summary>
internal static class Batches
{
    public static ExtractionSettings Options(int parallelism = 2, double timeoutSeconds = 300) =>
        Corpus.Settings with { Batch = Corpus.Settings.Batch with { Parallelism = parallelism, DocumentTimeoutSeconds = timeoutSeconds, IoRetryDelayMs = 1 } };

    public static BatchSummary Run(
        IReadOnlyList<string> inputs,
        string output,
        bool force = false,
        Shard? shard = null,
        ExtractionSettings? options = null,
        IBatchObserver? observer = null,
        IDocumentReader? reader = null,
        IReadOnlyList<IDocumentSink>? sinks = null,
        ILogger? log = null) =>
        new BatchRun((options ?? Options()).ForBatch, reader ?? new PdfDocumentReader(), log ?? new LoggerConfiguration().CreateLogger(), sinks, observer)
            .ExecuteAsync(new BatchRequest(inputs, output, force, shard))
            .GetAwaiter()
            .GetResult();

    /// <summary>
    /// Every output file that must be identical between runs over the same inputs, by path relative to the output
    /// folder: the per-document folders, facts.csv and failed.csv (run.json and report.html record times and what was
    /// skipped, and logs are per run).
    /// </summary>
    public static SortedDictionary<string, byte[]> Outputs(string output)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(output, file).Replace('\\', '/');
            if (relative is RunJson.FileName or RunReportWriter.FileName or ".lock" || relative.StartsWith("logs/", StringComparison.Ordinal))
            {
                continue;
            }

            files[relative] = File.ReadAllBytes(file);
        }

        return files;
    }

    /// <summary>A PDF of the corpus with a comment appended: the same document with another SHA-256.</summary>
    public static void DistinctCopy(string source, string target, int number)
    {
        File.Copy(source, target, overwrite: true);
        File.AppendAllText(target, $"\n% distinct copy {number}\n");
    }

    public static DocumentEntry Entry(this BatchSummary summary, string fileName) =>
        summary.Documents.Single(d => d.FileName == fileName);
}
