using System.Diagnostics;
using Extraction.Core.Configuration;
using Extraction.Core.Reading;
using Extraction.Core.Reporting;
using Extraction.Core.Writers;
using Serilog;

namespace Extraction.Core.Pipeline;

/// <summary>
/// Runs the pipeline over a set of inputs, one document after the other, and writes the outputs: the JSON files of
/// each document as it is done, then facts.csv for the whole run. A document that fails is logged with its error
/// code and the run goes on. Kept small on purpose: batching concerns (parallelism, resume, summaries) belong here.
/// </summary>
public sealed class PipelineRun
{
    private readonly DocumentPipeline pipeline;
    private readonly PipelineOptions options;
    private readonly ILogger log;

    public PipelineRun(PipelineOptions options, ILogger log, IDocumentReader? reader = null)
    {
        this.options = options;
        this.log = log;
        pipeline = new DocumentPipeline(options, reader);
    }

    public RunSummary Execute(IReadOnlyList<string> inputs, string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var (pdfs, missing) = InputResolver.Resolve(inputs);
        var writer = new OutputWriter(outputDirectory, options.Writers);
        var outcomes = new List<DocumentOutcome>();
        var facts = new List<Fact>();
        log.Information("Run started: {DocumentCount} documents from {Inputs} into {Output}", pdfs.Count, inputs, outputDirectory);

        var views = new RunViews(outputDirectory, log, options.Writers.PageViews);
        foreach (var path in missing)
        {
            log.Error("Input {Document} does not exist ({ErrorCode})", path, "FileNotFound");
            outcomes.Add(new DocumentFailed(path, StageTimings.Zero, "FileNotFound", "No such file or folder."));
            views.Add(new DocumentInspection(outcomes[^1], null, null), writer.DocumentFolder(path));
        }

        foreach (var path in pdfs)
        {
            var inspection = pipeline.Inspect(path);
            var outcome = inspection.Outcome;
            if (outcome is DocumentSucceeded success)
            {
                try
                {
                    writer.WriteDocument(success.Extraction);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    outcome = new DocumentFailed(path, outcome.Timings, "OutputError", ex.Message);
                }
            }

            outcomes.Add(outcome);
            Report(outcome, facts);
            views.Add(inspection with { Outcome = outcome }, writer.DocumentFolder(path));
        }

        var factsPath = writer.WriteFacts(facts);
        var reportPath = views.WriteReport(clock.Elapsed.TotalMilliseconds);
        var summary = new RunSummary(outcomes, facts.Count, factsPath, clock.Elapsed.TotalMilliseconds);
        log.Information(
            "Run finished: {Succeeded} documents ok, {Failed} failed, {Warnings} check warnings, {FactCount} facts in {FactsPath}, report {ReportPath} ({ElapsedMs:0} ms)",
            summary.Succeeded,
            summary.Failed,
            summary.Warnings,
            summary.FactCount,
            factsPath,
            reportPath,
            summary.ElapsedMs);
        return summary;
    }

    private void Report(DocumentOutcome outcome, List<Fact> facts)
    {
        var document = Path.GetFileName(outcome.SourcePath);
        if (outcome is DocumentFailed failed)
        {
            log.Error("{Document} failed: {ErrorCode}: {Message}", document, failed.Code, failed.Message);
            return;
        }

        var extraction = ((DocumentSucceeded)outcome).Extraction;
        var documentFacts = FactBuilder.Build(extraction).ToList();
        facts.AddRange(documentFacts);
        log.Information(
            "{Document}: {Pages} pages, {Tables} tables, {FactCount} facts, {Warnings} check warnings in {ElapsedMs:0} ms",
            document,
            extraction.PageCount,
            extraction.Tables.Count,
            documentFacts.Count,
            extraction.Warnings.Count(),
            outcome.Timings.Total);
        foreach (var warning in extraction.Warnings)
        {
            log.Warning("{Document}: {CheckKind} {Message}", document, warning.Kind, warning.Message);
        }
    }
}
