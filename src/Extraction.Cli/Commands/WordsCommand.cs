using System.CommandLine;
using Extraction.Configuration;
using Extraction.Document;
using Extraction.Outputs.Words;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extract words FILE.pdf [--pages 1-3] [--password P]</c>: the words of a PDF as JSON on standard output.
/// With <c>--out-dir DIR</c> any number of files are read in one process and each is written to
/// <c>DIR/&lt;name&gt;.words.json</c>; a file that fails gets its typed error on standard error and the rest go on.
/// </summary>
internal static class WordsCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "The PDF(s) to read.", Arity = ArgumentArity.OneOrMore };
        var pages = new Option<string?>("--pages") { Description = "Pages to read, e.g. 3, 1-3, 2- or 1,4-6 (default: all)." };
        var password = new Option<string?>("--password") { Description = "Password for encrypted PDFs." };
        var readerName = new Option<string>("--reader") { Description = "The PDF reader back end: extraction (default) or pdfpig.", DefaultValueFactory = _ => ReaderNames.Extraction };
        readerName.AcceptOnlyFromAmong([.. ReaderNames.All]);
        var outDir = new Option<DirectoryInfo?>("--out-dir") { Description = "Write DIR/<name>.words.json per file instead of printing (required for several files)." };
        var command = new Command("words", "Print the words of a PDF with their boxes as JSON (the oracle words format).")
        {
            files, pages, password, readerName, outDir,
        };
        command.SetAction(result =>
        {
            var inputs = result.GetValue(files)!;
            var directory = result.GetValue(outDir);
            PageRange range;
            try
            {
                range = PageRange.Parse(result.GetValue(pages));
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return ExitCodes.UsageError;
            }

            if (directory is null && inputs.Length != 1)
            {
                Console.Error.WriteLine("Several files need --out-dir.");
                return ExitCodes.UsageError;
            }

            var reader = DocumentReaders.Create(result.GetValue(readerName)!, result.GetValue(password));
            if (directory is null)
            {
                using var output = Console.OpenStandardOutput();
                return Export(inputs[0], range, reader, () => output);
            }

            directory.Create();
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
        catch (Exception ex) when (ex is FileNotFoundException or UnauthorizedAccessException or IOException)
        {
            Console.Error.WriteLine($"{input.Name}: {ex.Message}");
            return ExitCodes.UsageError;
        }
    }
}
