using System.CommandLine;
using Extraction.Cli.CommandLine;
using Extraction.Configuration;
using Extraction.Document;
using Extraction.Outputs.PageView;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract inspect FILE.pdf ... [--pages N-M] [--out DIR] [--config FILE] [--reader R] [--password P]</c>: runs the
/// pipeline on each PDF and writes <c>DIR/&lt;pdf-stem&gt;.html</c>, a self-contained page view of what was extracted.
/// </summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("file") { Description = "The PDFs to inspect.", Arity = ArgumentArity.OneOrMore };
        var pages = CommonOptions.Pages("draw");
        var output = CommonOptions.Out("Folder for the HTML files (default: the current folder).");
        var config = CommonOptions.Config();
        var reader = CommonOptions.Reader();
        var password = CommonOptions.Password();
        var verbose = CommonOptions.Verbose();
        var quiet = CommonOptions.Quiet();
        var command = new Command("inspect", "Write an HTML page view of each PDF: words, rules, blocks, tables, values and checks.")
        {
            files, pages, output, config, reader, password, verbose, quiet,
        };
        CommonOptions.Exclusive(command, verbose, quiet);
        command.SetAction(result => Run(
            result.GetValue(files)!,
            result.GetValue(pages),
            result.GetValue(output),
            result.GetValue(config),
            result.GetValue(reader),
            result.GetValue(password),
            CommonOptions.VerbosityOf(result.GetValue(verbose), result.GetValue(quiet))));
        return command;
    }

    private static int Run(FileInfo[] files, string? pages, string? output, string? config, string? reader, string? password, Verbosity verbosity)
    {
        PageRange range;
        ExtractionSettings options;
        string folder;
        try
        {
            range = PageRange.Parse(pages);
            options = CommandSettings.Load(config, reader);
            folder = OutputFolder.Prepare(output ?? Directory.GetCurrentDirectory(), "--out");
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"Error: --pages: {ex.Message}");
            return ExitCodes.UsageError;
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
            var inspection = pipeline.Inspect(file.FullName);
            var path = Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Name) + ".html");
            if (inspection.Outcome is DocumentFailed failed)
            {
                Console.Error.WriteLine($"{file.Name}: {failed.Code}: {failed.Message}");
                exitCode = ExitCodes.DocumentFailed;
                continue;
            }

            PageViewFile.Write(inspection, range, path);
            if (verbosity != Verbosity.Quiet)
            {
                Console.WriteLine(path);
            }
        }

        return exitCode;
    }
}
