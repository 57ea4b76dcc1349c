using System.Text.Json;
using Extraction.Core.Reading;

namespace Extraction.Reading.PdfPig.Tests;

/// <summary>
/// <c>dotnet Extraction.Reading.PdfPig.Tests.dll --out-dir DIR [--last-page N] FILE.pdf…</c>: the PdfPig back end's
/// words in the oracle words format (README "Words JSON"), one <c>DIR/&lt;name&gt;.words.json</c> per file, so
/// scripts/score-reader.sh and bench-reader.sh can score and time it like <c>extract words</c>. A file that fails gets
/// its typed error on standard error (<c>name.pdf: Code: message</c>) and the rest go on; the exit code is then 1.
/// </summary>
public static class WordsExportProgram
{
    public static int Main(string[] args)
    {
        var outDir = Value(args, "--out-dir");
        var lastPage = int.TryParse(Value(args, "--last-page"), out var last) ? last : int.MaxValue;
        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (outDir is null || files.Count == 0)
        {
            Console.Error.WriteLine("usage: --out-dir DIR [--last-page N] FILE.pdf...");
            return 2;
        }

        Directory.CreateDirectory(outDir);
        var reader = new PdfPigDocumentReader();
        var exitCode = 0;
        foreach (var file in files)
        {
            try
            {
                var text = reader.Read(file, File.ReadAllBytes(file), lastPage, CancellationToken.None);
                using var output = File.Create(Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".words.json"));
                Write(text, Path.GetFileName(file), output);
            }
            catch (DocumentReadException ex)
            {
                Console.Error.WriteLine($"{Path.GetFileName(file)}: {ex.Code}: {ex.Message}");
                exitCode = 1;
            }
        }

        return exitCode;
    }

    private static void Write(DocumentText text, string sourceName, Stream output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("source", sourceName);
        json.WriteString("engine", "pdfpig");
        json.WriteNumber("page_count", text.Pages.Count);
        json.WriteStartArray("pages");
        foreach (var page in text.Pages)
        {
            json.WriteStartObject();
            json.WriteNumber("page", page.Number);
            json.WriteNumber("width", Round(page.Width));
            json.WriteNumber("height", Round(page.Height));
            json.WriteStartArray("words");
            foreach (var word in page.Words)
            {
                json.WriteStartObject();
                json.WriteString("text", word.Text);
                json.WriteNumber("x0", Round(word.Box.X0));
                json.WriteNumber("y0", Round(word.Box.Y0));
                json.WriteNumber("x1", Round(word.Box.X1));
                json.WriteNumber("y1", Round(word.Box.Y1));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
