using System.CommandLine;
using Extraction.Core.Reading;
using Extraction.Pdf.Core;
using Extraction.Pdf.Document;

namespace Extraction.Cli.Commands;

/// <summary><c>extract words FILE.pdf [--pages 1-3] [--password P]</c>: the words of a PDF as JSON on standard output.</summary>
internal static class WordsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The PDF to read." };
        var pages = new Option<string?>("--pages") { Description = "Pages to read, e.g. 3, 1-3, 2- or 1,4-6 (default: all)." };
        var password = new Option<string?>("--password") { Description = "Password for an encrypted PDF." };
        var command = new Command("words", "Print the words of a PDF with their boxes as JSON (the oracle words format).")
        {
            file, pages, password,
        };
        command.SetAction(result =>
        {
            var input = result.GetValue(file)!;
            try
            {
                var range = PageRange.Parse(result.GetValue(pages));
                var document = PdfDocument.Open(input.FullName, new ReadOptions { Password = result.GetValue(password) });
                using var output = Console.OpenStandardOutput();
                WordsExport.Write(document, input.Name, range, output);
                return ExitCodes.Success;
            }
            catch (PdfReadException ex)
            {
                Console.Error.WriteLine($"{input.Name}: {ex.Code}: {ex.Message}");
                return ExitCodes.DocumentFailed;
            }
            catch (Exception ex) when (ex is FormatException or FileNotFoundException or UnauthorizedAccessException or IOException)
            {
                Console.Error.WriteLine($"{input.Name}: {ex.Message}");
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
