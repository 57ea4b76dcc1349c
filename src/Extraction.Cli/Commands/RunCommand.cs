using System.CommandLine.Parsing;
using System.CommandLine;
using Extraction.Batch.Sinks;
using Extraction.Batch;
using Extraction.Cli.Logging;
using Extraction.Cli.Progress;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Sinks.Postgres;
using Serilog;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract run [INPUT ...] [--out DIR] [--config FILE] [--verbose] [batch options]</c>: runs the pipeline over PDF
/// files, folders (recursively) and CSV manifests as a batch (see README, "Batch runs"). Inputs and output default to
/// pipeline.json's; the batch options override pipeline.json's <c>batch</c> section.
/// </summary>
internal static class RunCommand
{
    public const string PostgresSinkName = "postgres";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "PDF files, folders (searched recursively) or CSV manifests. Default: pipeline.json's input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Output folder. Default: pipeline.json's output." };
        var config = new Option<string?>("--config") { Description = "Configuration file. Default: pipeline.json in the current folder or above." };
        var verbose = new Option<bool>("--verbose") { Description = "Log each check warning, and each document under the progress bar." };
        var parallelism = new Option<int?>("--parallelism", "-j") { Description = "Documents processed at once (0: one per core). Default: batch.parallelism." };
        parallelism.Validators.Add(r => Require(r, r.GetValueOrDefault<int?>() is null or >= 0, "must not be negative."));
        var timeout = new Option<double?>("--timeout") { Description = "Time limit per document, in seconds. Default: batch.document_timeout_seconds." };
        timeout.Validators.Add(r => Require(r, r.GetValueOrDefault<double?>() is null or (> 0 and <= 86_400), "must be above 0 and at most 86400."));
        var force = new Option<bool>("--force") { Description = "Process every document again, even when its outputs are complete and unchanged." };
        var shard = new Option<Shard?>("--shard")
        {
            Description = "Process only part K of N of the inputs (K from 0 to N-1), split by content hash.",
            CustomParser = ParseShard,
        };
        var sink = new Option<string?>("--sink") { Description = "Also load the results into a warehouse: postgres." };
        sink.AcceptOnlyFromAmong(PostgresSinkName);
        var connection = new Option<string?>("--connection-string") { Description = "PostgreSQL connection string. Default: the variable named by postgres.connection_string_variable." };
        var logFile = new Option<string?>("--log-file") { Description = "JSON log file. Default: DIR/logs/run-<UTC time>.jsonl." };
        var reader = new Option<string?>("--reader") { Description = "The PDF reader back end: extraction or pdfpig. Default: pipeline.json's reader." };
        reader.AcceptOnlyFromAmong([.. ReaderNames.All]);
        var retryCrashed = new Option<bool>("--retry-crashed") { Description = "Process again the documents an earlier run died on (recorded as Crashed)." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar on a terminal: plain progress lines instead." };
        var command = new Command("run", "Extract tables, facts and text from budget PDFs into JSON and facts.csv, as a resumable batch.")
        {
            inputs, output, config, verbose, parallelism, timeout, force, shard, sink, connection, logFile, reader, noProgress, retryCrashed,
        };
        command.SetAction((result, cancellation) => RunAsync(
            new RunArguments(
                result.GetValue(inputs) ?? [],
                result.GetValue(output),
                result.GetValue(config),
                result.GetValue(verbose),
                result.GetValue(parallelism),
                result.GetValue(timeout),
                result.GetValue(force),
                result.GetValue(shard),
                result.GetValue(sink),
                result.GetValue(connection),
                result.GetValue(logFile),
                result.GetValue(reader),
                result.GetValue(noProgress),
                result.GetValue(retryCrashed)),
            cancellation));
        return command;
    }

    private static async Task<int> RunAsync(RunArguments arguments, CancellationToken cancellation)
    {
        ExtractionSettings options;
        string outputFolder;
        using (var startLog = RunLogging.Console())
        {
            try
            {
                options = LoadOptions(arguments);
                outputFolder = arguments.Output is null ? options.OutputPath : Path.GetFullPath(arguments.Output);
            }
            catch (ConfigurationException ex)
            {
                startLog.Error("Configuration error in {Key}: {Message}", ex.Key, ex.Message);
                return ExitCodes.UsageError;
            }
        }

        var live = !arguments.NoProgress && !Console.IsErrorRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            : null;
        var logFile = arguments.LogFile is null
            ? Path.Combine(outputFolder, "logs", $"run-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}-{Environment.ProcessId}.jsonl")
            : Path.GetFullPath(arguments.LogFile);
        await using var log = RunLogging.Create(logFile, live, arguments.Verbose);

        var sinks = new List<IDocumentSink>();
        try
        {
            if (arguments.Sink == PostgresSinkName)
            {
                var postgres = options.Postgres;
                var connectionString = arguments.ConnectionString ?? Environment.GetEnvironmentVariable(postgres.ConnectionStringVariable);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new ConfigurationException("--connection-string", $"--sink postgres needs a connection string: pass --connection-string or set {postgres.ConnectionStringVariable}.");
                }

                var warehouse = CreatePostgres(connectionString, postgres, log);
                sinks.Add(warehouse);
                await warehouse.PrepareAsync(cancellation).ConfigureAwait(false);
            }

            var counter = new ProgressCounter();
            var run = new BatchRun(options.ForBatch, DocumentReaders.Create(options.Reader, limits: options.ReaderLimits), log, sinks, counter);
            var request = new BatchRequest(
                arguments.Inputs.Length > 0 ? arguments.Inputs : [options.InputPath],
                outputFolder,
                arguments.Force,
                arguments.Shard)
            {
                RetryCrashed = arguments.RetryCrashed,
            };
            BatchSummary summary;
            if (live is not null)
            {
                summary = await ProgressDisplay.RunAsync(live, counter, () => run.ExecuteAsync(request, cancellation)).ConfigureAwait(false);
                ProgressDisplay.Summarize(live, summary);
            }
            else
            {
                await using var progress = new PeriodicProgress(counter, TimeSpan.FromSeconds(options.Batch.ProgressIntervalSeconds), log);
                summary = await run.ExecuteAsync(request, cancellation).ConfigureAwait(false);
            }

            return summary.Failed > 0 ? ExitCodes.DocumentFailed : ExitCodes.Success;
        }
        catch (ConfigurationException ex)
        {
            log.Error("Configuration error in {Key}: {Message}", ex.Key, ex.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException && sinks.Count > 0)
        {
            log.Error("The {Sink} sink cannot be used: {Message}", PostgresSinkName, ex.Message);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Warning("Run interrupted; the documents completed so far are kept, and the next run resumes from them");
            return ExitCodes.Interrupted;
        }
        finally
        {
            foreach (var s in sinks)
            {
                await s.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static PostgresSink CreatePostgres(string connectionString, PostgresOptions options, ILogger log)
    {
        try
        {
            return new PostgresSink(connectionString, options, log);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException("--connection-string", $"is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
    }

    private static ExtractionSettings LoadOptions(RunArguments arguments)
    {
        var options = PipelineConfiguration.LoadOrFind(arguments.Config, Directory.GetCurrentDirectory());
        var batch = options.Batch;
        batch = arguments.Parallelism is { } p ? batch with { Parallelism = p } : batch;
        batch = arguments.Timeout is { } t ? batch with { DocumentTimeoutSeconds = t } : batch;
        return options with { Batch = batch, Reader = arguments.Reader ?? options.Reader };
    }

    private static Shard? ParseShard(ArgumentResult result)
    {
        try
        {
            return Shard.Parse(result.Tokens.Single().Value);
        }
        catch (FormatException ex)
        {
            result.AddError(ex.Message);
            return null;
        }
    }

    private static void Require(OptionResult result, bool condition, string message)
    {
        if (!condition)
        {
            result.AddError($"{result.Option.Name}: {message}");
        }
    }

    private sealed record RunArguments(
        string[] Inputs,
        string? Output,
        string? Config,
        bool Verbose,
        int? Parallelism,
        double? Timeout,
        bool Force,
        Shard? Shard,
        string? Sink,
        string? ConnectionString,
        string? LogFile,
        string? Reader,
        bool NoProgress,
        bool RetryCrashed);
}
