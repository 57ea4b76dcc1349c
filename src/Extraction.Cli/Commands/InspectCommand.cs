using System.CommandLine;
using Extraction.Configuration;
using Extraction.Document;
using Extraction.Outputs.PageView;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract inspect FILE.pdf ... [--pages N-M] [--out DIR] [--config FILE]</c>: runs the pipeline on each PDF and writes
/// <c>DIR/&lt;pdf-stem&gt;.html</c>, a self-contained page view of what was extracted.
/// </summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("file") { Description = "The PDFs to inspect.", Arity = ArgumentArity.OneOrMore };
        var pages = new Option<string?>("--pages") { Description = "Pages to draw, e.g. 3, 1-3, 2- or 1,4-6 (default: all)." };
        var output = new Option<string?>("--out") { Description = "Folder for the HTML files (default: the current folder)." };
        var config = new Option<string?>("--config") { Description = "Configuration file. Default: pipeline.json in the current folder or above." };
        var command = new Command("inspect", "Write an HTML page view of each PDF: words, rules, blocks, tables, values and checks.")
        {
            files, pages, output, config,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(pages), result.GetValue(output), result.GetValue(config)));
        return command;
    }

    private static int Run(FileInfo[] files, string? pages, string? output, string? config)
    {
        PageRange range;
        ExtractionSettings options;
        try
        {
            range = PageRange.Parse(pages);
            options = PipelineConfiguration.LoadOrFind(config, Directory.GetCurrentDirectory());
        }
        catch (Exception ex) when (ex is FormatException or ConfigurationException)
        {
            Console.Error.WriteLine(ex is ConfigurationException c ? $"Configuration error in {c.Key}: {c.Message}" : ex.Message);
            return ExitCodes.UsageError;
        }

        var folder = Path.GetFullPath(output ?? Directory.GetCurrentDirectory());
        var pipeline = new DocumentPipeline(options.Pipeline, DocumentReaders.Create(options.Reader, limits: options.ReaderLimits));
        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var inspection = pipeline.Inspect(file.FullName);
            var path = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Name) + ".html");
            if (inspection.Outcome is DocumentFailed failed)
            {
                Console.Error.WriteLine($"{file.Name}: {failed.Code}: {failed.Message}");
                exitCode = ExitCodes.DocumentFailed;
                continue;
            }

            PageViewFile.Write(inspection, range, path);
            Console.WriteLine(path);
        }

        return exitCode;
    }
}
