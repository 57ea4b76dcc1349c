using System.Reflection;
using Extraction.Document;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig;

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

    /// <summary>The name pipeline.json's <c>reader</c> gives this back end.</summary>
    public const string Name = "pdfpig";

    /// <summary>
    /// This back end and PdfPig's version with this adapter's build, so a change of either shows in what a run was made with.
    /// </summary>
    public ReaderIdentity Identity { get; } = new(
        Name,
        (typeof(PdfDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown")
        + "+" + typeof(PdfPigDocumentReader).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    public DocumentText Read(string path) => Read(path, ReadBytes(path), CancellationToken.None);

    public DocumentText Read(string path, PageRange pages) => Read(path, ReadBytes(path), pages, password, CancellationToken.None);

    public DocumentText Read(string path, byte[] content, CancellationToken cancellation) => Read(path, content, PageRange.All, password, cancellation);

    public DocumentText Read(string path, byte[] content, string? documentPassword, CancellationToken cancellation) =>
        Read(path, content, PageRange.All, documentPassword ?? password, cancellation);

    private DocumentText Read(string path, byte[] content, PageRange range, string? password, CancellationToken cancellation)
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
            foreach (var number in range.Pages(pageCount))
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

            return new DocumentText(path, Blank(title), pages, documentWarnings) { PageCount = pageCount };
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
        new(number, 0, 0, [], [], 0, [$"Page {number} could not be read and is left out: {ReadFailureCodes.Describe(failure)}", .. logged])
        {
            IsUnread = true,
            ReadWarnings = [new ReadWarning(ReadWarningKind.PageUnread, $"Page {number} could not be read and is left out: {ReadFailureCodes.Describe(failure)}")],
        };

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(ReadErrorCode.FileNotFound, $"The file does not exist: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadErrorCode.Unreadable, $"The file cannot be read: {ex.Message}", ex);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
