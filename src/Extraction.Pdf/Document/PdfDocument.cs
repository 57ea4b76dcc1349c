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
        var catalog = file.Resolve(file.Trailer["Root"]) as PdfDictionary ?? PdfDictionary.Empty;
        pages = new PageTree(catalog, file);
        var fonts = new FontCache(new FontFactory(file, file.DecodeStream), file.Warnings);
        reader = new PageReader(file, fonts, options);
        Information = DocumentInformation.Read(file.Resolve(file.Trailer["Info"]) as PdfDictionary, file);
    }

    public int NumberOfPages => pages.Count;

    public DocumentInformation Information { get; }

    public bool IsEncrypted => file.Security is not null;

    /// <summary>Document-level problems that were repaired or worked around (damaged xref, unreadable objects).</summary>
    public IReadOnlyList<string> Warnings => file.Warnings;

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

        return Open(File.ReadAllBytes(path), options);
    }

    public static PdfDocument Open(byte[] data, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (data.LongLength > options.Limits.MaxFileBytes)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, $"The input is {data.LongLength} bytes; the limit is {options.Limits.MaxFileBytes}.");
        }

        try
        {
            return new PdfDocument(PdfFile.Open(data, options.Limits, options.Password), options);
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new PdfReadException(PdfErrorCode.LimitExceeded, "The document's structure nests too deeply.", ex);
        }
    }

    /// <summary>Reads page <paramref name="number"/> (1-based).</summary>
    public Page GetPage(int number) => reader.Read(number, pages.Get(number));

    public IEnumerable<Page> GetPages()
    {
        for (var i = 1; i <= NumberOfPages; i++)
        {
            yield return GetPage(i);
        }
    }
}
