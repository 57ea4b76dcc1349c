using System.CommandLine;
using Extraction.Core.Configuration;
using Extraction.Core.Pipeline;
using Serilog;
using Serilog.Events;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract run [INPUT ...] [--out DIR] [--config FILE]</c>: runs the pipeline over PDF files and folders (recursively)
/// and writes <c>DIR/facts.csv</c> and <c>DIR/documents/&lt;pdf-stem&gt;/&lt;policy-area&gt;.json</c>. Inputs and output
/// default to pipeline.json's.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "PDF files or folders (searched recursively). Default: pipeline.json's input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Output folder. Default: pipeline.json's output." };
        var config = new Option<string?>("--config") { Description = "Configuration file. Default: pipeline.json in the current folder or above." };
        var verbose = new Option<bool>("--verbose") { Description = "Log each check warning." };
        var command = new Command("run", "Extract tables, facts and text from budget PDFs into JSON and facts.csv.")
        {
            inputs, output, config, verbose,
        };
        command.SetAction(result => Run(result.GetValue(inputs) ?? [], result.GetValue(output), result.GetValue(config), result.GetValue(verbose)));
        return command;
    }

    private static int Run(string[] inputs, string? output, string? config, bool verbose)
    {
        // Logs go to standard error; each check warning is logged only with --verbose (they are all in the JSON files).
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose);
        if (!verbose)
        {
            configuration = configuration.Filter.ByExcluding(e => e.Properties.ContainsKey("CheckKind"));
        }

        using var log = configuration.CreateLogger();

        PipelineOptions options;
        try
        {
            var path = config ?? PipelineConfiguration.Find(Directory.GetCurrentDirectory())
                ?? throw new ConfigurationException(PipelineConfiguration.FileName, "not found in the current folder or any folder above it; pass --config.");
            options = PipelineConfiguration.Load(path);
        }
        catch (ConfigurationException ex)
        {
            log.Error("Configuration error in {Key}: {Message}", ex.Key, ex.Message);
            return ExitCodes.UsageError;
        }

        var summary = new PipelineRun(options, log).Execute(
            inputs.Length > 0 ? inputs : [options.InputPath],
            output is null ? options.OutputPath : Path.GetFullPath(output));
        return summary.Failed > 0 ? ExitCodes.DocumentFailed : ExitCodes.Success;
    }
}
