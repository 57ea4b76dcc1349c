using System.CommandLine;
using Extraction.Cli.CommandLine;
using Extraction.Configuration;
using Extraction.Document;
using Extraction.Outputs.Words;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract words FILE.pdf [--pages 1-3] [--password P] [--reader R]</c>: the words of a PDF as JSON on standard output.
/// With <c>--out DIR</c> any number of files are read in one process and each is written to
/// <c>DIR/&lt;name&gt;.words.json</c>; a file that fails gets its typed error on standard error and the rest go on.
/// </summary>
internal static class WordsCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "The PDF(s) to read.", Arity = ArgumentArity.OneOrMore };
        var pages = CommonOptions.Pages("read");
        var password = CommonOptions.Password();
        var readerName = CommonOptions.Reader();
        var outDir = CommonOptions.Out("Write DIR/<name>.words.json per file instead of printing (required for several files).");
        var config = CommonOptions.Config();
        var verbose = CommonOptions.Verbose();
        var quiet = CommonOptions.Quiet();
        var command = new Command("words", "Print the words of a PDF with their boxes as JSON (the oracle words format).")
        {
            files, pages, password, readerName, outDir, config, verbose, quiet,
        };
        CommonOptions.Exclusive(command, verbose, quiet);
        command.SetAction(result =>
        {
            var inputs = result.GetValue(files)!;
            if (result.GetValue(outDir) is null && inputs.Length != 1)
            {
                Console.Error.WriteLine("Several files need --out.");
                return ExitCodes.UsageError;
            }

            PageRange range;
            ExtractionSettings settings;
            DirectoryInfo? directory;
            try
            {
                range = PageRange.Parse(result.GetValue(pages));
                settings = CommandSettings.Load(result.GetValue(config), result.GetValue(readerName));
                directory = result.GetValue(outDir) is { } folder ? new DirectoryInfo(OutputFolder.Prepare(folder, "--out")) : null;
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

            var reader = DocumentReaders.Create(settings.Reader, result.GetValue(password));
            if (directory is null)
            {
                using var output = Console.OpenStandardOutput();
                return Export(inputs[0], range, reader, () => output);
            }

            var exitCode = ExitCodes.Success;
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var input in inputs)
            {
                var target = Path.Combine(directory.FullName, Path.GetFileNameWithoutExtension(input.Name) + ".words.json");
                if (!written.Add(target))
                {
                    Console.Error.WriteLine($"{input.Name}: another input has the same name; {target} keeps the first.");
                    exitCode = ExitCodes.UsageError;
                    continue;
                }

                var code = Export(input, range, reader, () => File.Create(target));
                exitCode = Math.Max(exitCode, code);
                if (code != ExitCodes.Success)
                {
                    File.Delete(target);
                }
            }

            return exitCode;
        });
        return command;
    }

    /// <summary>Reads one file and writes its words; the output is opened only once the document has opened.</summary>
    private static int Export(FileInfo input, PageRange range, IDocumentReader reader, Func<Stream> openOutput)
    {
        try
        {
            var document = reader.Read(input.FullName, range);
            var output = openOutput();
            try
            {
                WordsExport.Write(document, input.Name, reader.Identity, range, output);
            }
            finally
            {
                if (output is FileStream)
                {
                    output.Dispose();
                }
            }

            return ExitCodes.Success;
        }
        catch (DocumentReadException ex)
        {
            Console.Error.WriteLine($"{input.Name}: {ex.Code}: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // A file that cannot be read fails that document, as in every other command.
            Console.Error.WriteLine($"{input.Name}: {(ex is FileNotFoundException ? ReadErrorCode.FileNotFound : ReadErrorCode.Unreadable)}: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }
    }
}
