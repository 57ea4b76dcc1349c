using System.CommandLine;
using Extraction.Cli.CommandLine;
using Extraction.Configuration;
using Extraction.Outputs;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract tables FILE.pdf ... [--out DIR] [--config FILE] [--reader R] [--password P]</c>: runs the pipeline on each
/// PDF and writes its tables as grids of cells (<see cref="PrintedTableWriter"/>), to standard output for one file or to
/// <c>DIR/&lt;pdf-stem&gt;.tables.json</c>; a file that fails gets its typed error on standard error and the rest go on.
/// </summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "The PDFs to read.", Arity = ArgumentArity.OneOrMore };
        var output = CommonOptions.Out("Write DIR/<name>.tables.json per file instead of printing (required for several files).");
        var config = CommonOptions.Config();
        var reader = CommonOptions.Reader();
        var password = CommonOptions.Password();
        var verbose = CommonOptions.Verbose();
        var quiet = CommonOptions.Quiet();
        var command = new Command("tables", "Print the tables of a PDF as grids of cells (row, column, spans, text) as JSON.")
        {
            files, output, config, reader, password, verbose, quiet,
        };
        CommonOptions.Exclusive(command, verbose, quiet);
        command.SetAction(result => Run(
            result.GetValue(files)!,
            result.GetValue(output),
            result.GetValue(config),
            result.GetValue(reader),
            result.GetValue(password),
            CommonOptions.VerbosityOf(result.GetValue(verbose), result.GetValue(quiet))));
        return command;
    }

    private static int Run(FileInfo[] files, string? output, string? config, string? reader, string? password, Verbosity verbosity)
    {
        if (output is null && files.Length != 1)
        {
            Console.Error.WriteLine("Several files need --out.");
            return ExitCodes.UsageError;
        }

        ExtractionSettings options;
        string? folder;
        try
        {
            options = CommandSettings.Load(config, reader);
            folder = output is null ? null : OutputFolder.Prepare(output, "--out");
        }
        catch (ConfigurationException ex)
        {
            Console.Error.WriteLine(CommandSettings.Describe(ex));
            return ExitCodes.UsageError;
        }

        var pipeline = new DocumentPipeline(options.Pipeline, DocumentReaders.Create(options.Reader, password, options.ReaderLimits));
        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var outcome = pipeline.Process(file.FullName);
            if (outcome is not DocumentSucceeded { Extraction: var extraction })
            {
                var failed = (DocumentFailed)outcome;
                Console.Error.WriteLine($"{file.Name}: {failed.Code}: {failed.Message}");
                exitCode = ExitCodes.DocumentFailed;
                continue;
            }

            if (folder is null)
            {
                using var stdout = Console.OpenStandardOutput();
                PrintedTableWriter.Write(extraction, stdout);
                continue;
            }

            var path = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Name) + ".tables.json");
            using (var stream = File.Create(path))
            {
                PrintedTableWriter.Write(extraction, stream);
            }

            if (verbosity == Verbosity.Verbose)
            {
                Console.Error.WriteLine($"{file.Name}: {extraction.Tables.Count} tables in {path}");
            }
        }

        return exitCode;
    }
}
