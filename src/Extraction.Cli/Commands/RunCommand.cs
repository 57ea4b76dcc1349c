using System.CommandLine.Parsing;
using System.CommandLine;
using Extraction.Batch.Sinks;
using Extraction.Batch;
using Extraction.Cli.CommandLine;
using Extraction.Cli.Logging;
using Extraction.Cli.Progress;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Sinks.Postgres;
using Serilog;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract run [INPUT ...] [--out DIR] [--config FILE] [--verbose|--quiet] [--password P] [batch options]</c>: runs the pipeline over PDF
/// files, folders (recursively) and CSV manifests as a batch (see README, "Batch runs"). Inputs and output default to
/// the configuration's; the batch options override pipeline.json's <c>batch</c> section.
/// </summary>
internal static class RunCommand
{
    public const string PostgresSinkName = "postgres";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "PDF files, folders (searched recursively) or CSV manifests. Default: the configuration's input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = CommonOptions.Out("Output folder. Default: the configuration's output.");
        var config = CommonOptions.Config();
        var verbose = CommonOptions.Verbose();
        var quiet = CommonOptions.Quiet();
        var parallelism = new Option<int?>("--parallelism", "-j")
        {
            Description = "Documents processed at once (0: one per core). Default: batch.parallelism.",
            CustomParser = OptionParsers.Integer(0, "must not be negative."),
        };
        var timeout = new Option<double?>("--timeout")
        {
            Description = "Time limit per document, in seconds. Default: batch.document_timeout_seconds.",
            CustomParser = OptionParsers.Number(0, 86_400, "must be above 0 and at most 86400."),
        };
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
        var reader = CommonOptions.Reader();
        var password = CommonOptions.Password();
        var retryCrashed = new Option<bool>("--retry-crashed") { Description = "Process again the documents an earlier run died on (recorded as Crashed)." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar on a terminal: plain progress lines instead." };
        var csvExcel = new Option<bool>("--csv-excel") { Description = "Write the CSV files for Danish Excel: byte order mark, ';' between fields, decimal comma. Default: writers.csv_excel." };
        var command = new Command("run", "Extract tables, facts and text from budget PDFs into JSON and facts.csv, as a resumable batch.")
        {
            inputs, output, config, verbose, quiet, parallelism, timeout, force, shard, sink, connection, logFile, reader, password, noProgress, csvExcel, retryCrashed,
        };
        CommonOptions.Exclusive(command, verbose, quiet);
        command.SetAction((result, cancellation) => RunAsync(
            new RunArguments(
                result.GetValue(inputs) ?? [],
                result.GetValue(output),
                result.GetValue(config),
                CommonOptions.VerbosityOf(result.GetValue(verbose), result.GetValue(quiet)),
                result.GetValue(parallelism),
                result.GetValue(timeout),
                result.GetValue(force),
                result.GetValue(shard),
                result.GetValue(sink),
                result.GetValue(connection),
                result.GetValue(logFile),
                result.GetValue(reader),
                result.GetValue(password),
                result.GetValue(noProgress),
                result.GetValue(csvExcel),
                result.GetValue(retryCrashed)),
            cancellation));
        return command;
    }

    private static async Task<int> RunAsync(RunArguments arguments, CancellationToken cancellation)
    {
        ExtractionSettings options;
        string outputFolder;
        string logFile;
        using (var startLog = RunLogging.Console())
        {
            try
            {
                options = LoadOptions(arguments);
                outputFolder = OutputFolder.Prepare(arguments.Output ?? options.OutputPath, "--out");
                logFile = arguments.LogFile is null
                    ? Path.Combine(OutputFolder.Prepare(Path.Combine(outputFolder, "logs"), "--out"), $"run-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}-{Environment.ProcessId}.jsonl")
                    : Path.Combine(OutputFolder.Prepare(Path.GetDirectoryName(Path.GetFullPath(arguments.LogFile))!, "--log-file"), Path.GetFileName(arguments.LogFile));
            }
            catch (ConfigurationException ex)
            {
                startLog.Error("{Error}", CommandSettings.Describe(ex));
                return ExitCodes.UsageError;
            }
        }

        var live = arguments.Verbosity != Verbosity.Quiet && !arguments.NoProgress && !Console.IsErrorRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            : null;
        await using var log = RunLogging.Create(logFile, live, arguments.Verbosity);

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
            var run = new BatchRun(options.ForBatch, DocumentReaders.Create(options.Reader, arguments.Password, options.ReaderLimits), log, sinks, counter);
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
            log.Error("{Error}", CommandSettings.Describe(ex));
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or ArgumentException && sinks.Count > 0)
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
        var options = CommandSettings.Load(arguments.Config, arguments.Reader);
        var batch = options.Batch;
        batch = arguments.Parallelism is { } p ? batch with { Parallelism = p } : batch;
        batch = arguments.Timeout is { } t ? batch with { DocumentTimeoutSeconds = t } : batch;
        return options with { Batch = batch, Writers = options.Writers with { CsvExcel = options.Writers.CsvExcel || arguments.CsvExcel } };
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

    /// <summary>Everything the command line gives <c>run</c>; a new option adds a member here and a line in <see cref="Create"/>.</summary>
    private sealed record RunArguments(
        string[] Inputs,
        string? Output,
        string? Config,
        Verbosity Verbosity,
        int? Parallelism,
        double? Timeout,
        bool Force,
        Shard? Shard,
        string? Sink,
        string? ConnectionString,
        string? LogFile,
        string? Reader,
        string? Password,
        bool NoProgress,
        bool CsvExcel,
        bool RetryCrashed);
}
