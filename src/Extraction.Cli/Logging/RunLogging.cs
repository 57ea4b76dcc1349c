using Extraction.Cli.CommandLine;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Spectre.Console;

namespace Extraction.Cli.Logging;

/// <summary>
/// The run's loggers: human-readable lines on standard error (through the progress display on a terminal) and every
/// event, from debug level, as compact JSON (one object per line) in the log file, with its structured properties
/// (Document, Sha256, Stage, ElapsedMs, ErrorCode, …).
/// </summary>
internal static class RunLogging
{
    public const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>For what happens before the output folder is known (configuration errors).</summary>
    public static Logger Console() => new LoggerConfiguration().WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose).CreateLogger();

    /// <param name="live">The terminal's console when a progress bar is shown; null for plain lines on standard error.</param>
    /// <param name="verbosity">
    /// Verbose also shows each check warning, and every document's line under a progress bar; quiet only warnings and errors.
    /// </param>
    public static Logger Create(string logFile, IAnsiConsole? live, Verbosity verbosity)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var verbose = verbosity == Verbosity.Verbose;
        var consoleLevel = verbosity == Verbosity.Quiet || (live is not null && !verbose) ? LogEventLevel.Warning : LogEventLevel.Information;
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.File(new CompactJsonFormatter(), logFile, LogEventLevel.Debug)
            .WriteTo.Logger(console =>
            {
                console.MinimumLevel.Is(consoleLevel);
                if (!verbose)
                {
                    console.Filter.ByExcluding(e => e.Properties.ContainsKey("CheckKind"));
                }

                if (live is null)
                {
                    console.WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose);
                }
                else
                {
                    console.WriteTo.Sink(new AnsiConsoleSink(live));
                }
            })
            .CreateLogger();
    }
}
