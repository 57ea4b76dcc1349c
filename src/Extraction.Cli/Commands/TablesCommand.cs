using System.CommandLine;
using Extraction.Configuration;
using Extraction.Outputs;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract tables FILE.pdf ... [--out-dir DIR] [--config FILE]</c>: runs the pipeline on each PDF and writes its
/// tables as grids of cells (<see cref="PrintedTableWriter"/>), to standard output for one file or to
/// <c>DIR/&lt;pdf-stem&gt;.tables.json</c>; a file that fails gets its typed error on standard error and the rest go on.
/// </summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "The PDFs to read.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo?>("--out-dir") { Description = "Write DIR/<name>.tables.json per file instead of printing (required for several files)." };
        var config = new Option<string?>("--config") { Description = "Configuration file. Default: pipeline.json in the current folder or above." };
        var command = new Command("tables", "Print the tables of a PDF as grids of cells (row, column, spans, text) as JSON.")
        {
            files, outDir, config,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(outDir), result.GetValue(config)));
        return command;
    }

    private static int Run(FileInfo[] files, DirectoryInfo? directory, string? config)
    {
        if (directory is null && files.Length != 1)
        {
            Console.Error.WriteLine("Several files need --out-dir.");
            return ExitCodes.UsageError;
        }

        ExtractionSettings options;
        try
        {
            options = PipelineConfiguration.LoadOrFind(config, Directory.GetCurrentDirectory());
        }
        catch (ConfigurationException ex)
        {
            Console.Error.WriteLine($"Configuration error in {ex.Key}: {ex.Message}");
            return ExitCodes.UsageError;
        }

        directory?.Create();
        var pipeline = new DocumentPipeline(options.Pipeline, DocumentReaders.Create(options.Reader, limits: options.ReaderLimits));
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

            if (directory is null)
            {
                using var output = Console.OpenStandardOutput();
                PrintedTableWriter.Write(extraction, output);
            }
            else
            {
                using var output = File.Create(Path.Combine(directory.FullName, Path.GetFileNameWithoutExtension(file.Name) + ".tables.json"));
                PrintedTableWriter.Write(extraction, output);
            }
        }

        return exitCode;
    }
}
