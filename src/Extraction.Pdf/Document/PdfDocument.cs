using Extraction.Pdf.Content;
using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>
/// An open PDF. Pages are read one at a time on request and not retained, so memory stays flat over long documents.
/// Every failure to open is a <see cref="PdfReadException"/> with a <see cref="PdfErrorCode"/>.
/// </summary>
public sealed class PdfDocument
{
    private readonly PdfFile file;
    private readonly PageTree pages;
    private readonly PageReader reader;

    private PdfDocument(PdfFile file, ReadOptions options)
    {
        this.file = file;
        var catalog = file.Catalog() ?? PdfDictionary.Empty;
        var orphans = new OrphanedPageNodes(file, file.ObjectIds);
        pages = new PageTree(catalog, file, file.ObjectCount, orphans, message => file.Warn(ReaderWarningKind.StructureRepaired, message));
        var fonts = new FontCache(new FontFactory(file, file.DecodeStream), file.Warnings);
        reader = new PageReader(file, fonts, options);
        Information = DocumentInformation.Read(file.Resolve(file.Trailer["Info"]) as PdfDictionary, file);
    }

    /// <summary>The pages the page tree declares; corrected downwards if reading shows that it holds fewer.</summary>
    public int NumberOfPages => pages.Count;

    public DocumentInformation Information { get; }

    public bool IsEncrypted => file.Security is not null;

    /// <summary>Document-level problems that were repaired or worked around (damaged xref, unreadable objects), typed.</summary>
    public IReadOnlyList<ReaderWarning> ReaderWarnings => file.Warnings;

    /// <summary>The messages of <see cref="ReaderWarnings"/>.</summary>
    public IReadOnlyList<string> Warnings => file.Warnings.Select(w => w.Message).ToList();

    /// <summary>Bytes the document's streams have decoded to so far; never more than <see cref="Parsing.ReaderLimits.MaxDecodedBytesPerDocument"/>.</summary>
    public long DecodedBytes => file.Budget.Used;

    public static PdfDocument Open(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException("No such file.", path);
        }

        if (info.Length > options.Limits.MaxFileBytes)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"The file is {info.Length} bytes; the limit is {options.Limits.MaxFileBytes}.");
        }

        return Open(System.IO.File.ReadAllBytes(path), options);
    }

    public static PdfDocument Open(byte[] data, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (data.LongLength > options.Limits.MaxFileBytes)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"The input is {data.LongLength} bytes; the limit is {options.Limits.MaxFileBytes}.");
        }

        return Guarded(() => new PdfDocument(PdfFile.Open(data, options.Limits, options.Password, options.Cancellation), options), "opening the document");
    }

    /// <summary>Reads page <paramref name="number"/> (1-based).</summary>
    public Page GetPage(int number) => Guarded(() => reader.Read(number, pages.Get(number)), $"reading page {number}");

    /// <summary>Every page in order; ends early, without an error, when the page tree turns out to hold fewer pages than it declared.</summary>
    public IEnumerable<Page> GetPages()
    {
        for (var i = 1; i <= NumberOfPages; i++)
        {
            file.Cancellation.ThrowIfCancellationRequested();
            Page page;
            try
            {
                page = GetPage(i);
            }
            catch (PdfReadException ex) when (ex.Code == PdfErrorCode.PageOutOfRange && i > NumberOfPages)
            {
                yield break;
            }

            yield return page;
        }
    }

    /// <summary>The file and its pages, for tests that check how much of the file a request touched.</summary>
    internal PdfFile File => file;

    /// <summary>
    /// The public boundary: damage is typed where it is met; running out of stack or memory is a limit of this
    /// document. Any other exception is a defect of the reader and leaves as itself, with its stack, never disguised
    /// as a damaged document.
    /// </summary>
    private static T Guarded<T>(Func<T> action, string activity)
    {
        try
        {
            return action();
        }
        catch (PdfReadException)
        {
            throw;
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"The document's structure nests too deeply ({activity}).", ex);
        }
        catch (OutOfMemoryException ex)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"The document needs more memory than is available ({activity}).", ex);
        }
    }
}
