using System.Reflection;
using Extraction.Core.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// A second reader behind the seam, on the PdfPig library: words, rulings and images in the seam's display space, cut
/// and kept by the same rules as the repository's own reader so the stages see comparable pages. Any file PdfPig
/// cannot open gives a typed <see cref="DocumentReadException"/>; a page it cannot read gives a page warning and no
/// content, and the document goes on.
/// </summary>
public sealed class PdfPigDocumentReader : IDocumentReader
{
    private readonly string? password;
    private readonly WordBuilder words;
    private readonly PathRulings rulings;

    public PdfPigDocumentReader(string? password = null, PdfPigReaderOptions? options = null)
    {
        this.password = password;
        options ??= new PdfPigReaderOptions();
        words = new WordBuilder(options);
        rulings = new PathRulings(options);
    }

    /// <summary>Short name of this back end, for run fingerprints and reports.</summary>
    public string Name => "pdfpig";

    /// <summary>The PdfPig library's version, so a change of library shows in what a run was made with.</summary>
    public string Version { get; } =
        typeof(PdfDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PdfDocument).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public DocumentText Read(string path) => Read(path, ReadBytes(path), CancellationToken.None);

    public DocumentText Read(string path, byte[] content, CancellationToken cancellation) => Read(path, content, int.MaxValue, cancellation);

    /// <summary>Reads the pages up to <paramref name="lastPage"/> only (the scoring scripts compare the first pages).</summary>
    internal DocumentText Read(string path, byte[] content, int lastPage, CancellationToken cancellation)
    {
        if (ReadFailureCodes.BeforeOpening(content) is { } early)
        {
            throw early;
        }

        var log = new WarningLog();
        PdfDocument document;
        int pageCount;
        string? title;
        try
        {
            var parsing = new ParsingOptions { Logger = log, UseActualText = true };
            if (password is not null)
            {
                parsing.Password = password;
            }

            document = PdfDocument.Open(content, parsing);
            pageCount = document.NumberOfPages;
            title = document.Information.Title;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw ReadFailureCodes.Classify(ex, content);
        }

        using (document)
        {
            var documentWarnings = log.Since(0);
            var pages = new List<PageText>(pageCount);
            Exception? firstPageFailure = null;
            var unreadPages = 0;
            for (var number = 1; number <= Math.Min(pageCount, lastPage); number++)
            {
                // Page boundaries are where a time limit can stop a long document.
                cancellation.ThrowIfCancellationRequested();
                var logged = log.Count;
                try
                {
                    pages.Add(Convert(document.GetPage(number), log.Since(logged)));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    firstPageFailure ??= ex;
                    unreadPages++;
                    pages.Add(Unread(number, ex, log.Since(logged)));
                }
            }

            // With no page readable the file itself is damaged: a typed document failure says so better than pages
            // without text would.
            if (firstPageFailure is not null && unreadPages == pages.Count)
            {
                throw ReadFailureCodes.Classify(firstPageFailure, content);
            }

            return new DocumentText(path, Blank(title), pages, documentWarnings);
        }
    }

    private PageText Convert(Page page, IReadOnlyList<string> openingWarnings)
    {
        var space = new DisplaySpace(page);
        var pageWords = words.Build(page.Letters.Select(l => Glyphs.From(l, space)));
        var pageRulings = rulings.From(page.Paths, space);
        var images = page.GetImages().Select(i => space.Map(i.BoundingBox)).ToList();
        return new PageText(page.Number, space.Width, space.Height, pageWords, pageRulings, images.Count, openingWarnings)
        {
            Images = images,
        };
    }

    /// <summary>A page PdfPig could not read: no content, and a warning saying why, so the loss is visible.</summary>
    private static PageText Unread(int number, Exception failure, IReadOnlyList<string> logged) =>
        new(number, 0, 0, [], [], 0, [$"Page {number} could not be read and is left out: {ReadFailureCodes.Describe(failure)}", .. logged]);

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(ReadFailureCodes.FileNotFound, $"The file does not exist: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadFailureCodes.Unreadable, $"The file cannot be read: {ex.Message}", ex);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
