using System.Reflection;
using Extraction.Document;
using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Text;

namespace Extraction.Reading.Pdf;

/// <summary>Adapter from the repository's own PDF reader (Extraction.Pdf) to the pipeline's page model.</summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    private readonly string? password;
    private readonly ReaderLimitOptions limits;

    public PdfDocumentReader(string? password = null, ReaderLimitOptions? limits = null)
    {
        this.password = password;
        this.limits = limits ?? new ReaderLimitOptions();

        // The budget decides which streams are read, so results read under another budget are other results.
        Identity = new(Name, $"{BuildOf(typeof(PdfDocument).Assembly)};max_decoded_bytes={this.limits.MaxDecodedBytesPerDocument}");
    }

    public DocumentText Read(string path) => Read(path, PageRange.All);

    public DocumentText Read(string path, PageRange pages) => Read(path, () => PdfDocument.Open(path, Options(CancellationToken.None)), pages, CancellationToken.None);

    /// <summary>The token reaches the reader's lexer, content interpreter and filters, so even one huge page stops soon.</summary>
    public DocumentText Read(string path, byte[] content, CancellationToken cancellation) =>
        Read(path, () => PdfDocument.Open(content, Options(cancellation)), PageRange.All, cancellation);

    public DocumentText Read(string path, byte[] content, string? documentPassword, CancellationToken cancellation) =>
        Read(path, () => PdfDocument.Open(content, Options(cancellation) with { Password = documentPassword ?? password }), PageRange.All, cancellation);

    /// <summary>The name <c>pipeline.json</c>'s <c>reader</c> gives this back end.</summary>
    public const string Name = "extraction";

    public ReaderIdentity Identity { get; }

    private ReadOptions Options(CancellationToken cancellation) => new()
    {
        Password = password,
        Limits = new ReaderLimits { MaxDecodedBytesPerDocument = limits.MaxDecodedBytesPerDocument },
        Cancellation = cancellation,
    };

    private static DocumentText Read(string path, Func<PdfDocument> open, PageRange range, CancellationToken cancellation)
    {
        try
        {
            var document = open();
            var pages = new List<PageText>(document.NumberOfPages);
            foreach (var number in range.Pages(document.NumberOfPages))
            {
                // Page boundaries are where a time limit can stop a long document: the reader bounds the work per page.
                cancellation.ThrowIfCancellationRequested();
                pages.Add(Convert(document.GetPage(number)));
            }

            return new DocumentText(path, Blank(document.Information.Title), pages, document.Warnings.ToList())
            {
                PageCount = document.NumberOfPages,
                ReadWarnings = Typed(document.ReaderWarnings),
            };
        }
        catch (PdfReadException ex)
        {
            throw new DocumentReadException(Map(ex.Code), ex.Message, ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new DocumentReadException(ReadErrorCode.FileNotFound, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadErrorCode.Unreadable, ex.Message, ex);
        }
    }

    private static ReadErrorCode Map(PdfErrorCode code) => code switch
    {
        PdfErrorCode.EmptyFile => ReadErrorCode.EmptyFile,
        PdfErrorCode.NotAPdf => ReadErrorCode.NotAPdf,
        PdfErrorCode.Truncated => ReadErrorCode.Truncated,
        PdfErrorCode.PasswordRequired => ReadErrorCode.PasswordRequired,
        PdfErrorCode.UnsupportedEncryption => ReadErrorCode.UnsupportedEncryption,
        PdfErrorCode.LimitExceeded => ReadErrorCode.LimitExceeded,
        _ => ReadErrorCode.Corrupt,
    };

    // The module version id changes with every build, so results stored by one build of the reader are not taken for
    // another's.
    private static string BuildOf(Assembly assembly) =>
        $"{assembly.GetName().Version}+{assembly.ManifestModule.ModuleVersionId:N}";

    private static PageText Convert(Page page)
    {
        var words = page.GetWords()
            .Where(w => w.Text.Length > 0)
            .Select(w => new TextWord(
                w.Text,
                new Box(w.Box.X0, w.Box.Y0, w.Box.X1, w.Box.Y1),
                w.FontSize,
                w.FontName,
                w.IsBold,
                w.IsItalic,
                w.Direction == TextDirection.LeftToRight))
            .ToList();
        var rulings = page.RulingLines
            .Select(r => new Ruling(new Box(r.X0, r.Y0, r.X1, r.Y1), r.Orientation == RulingOrientation.Horizontal))
            .ToList();
        return new PageText(page.Number, page.Width, page.Height, words, rulings, page.ImageCount, page.Warnings)
        {
            Images = page.Images.Select(i => new Box(i.X0, i.Y0, i.X1, i.Y1)).ToList(),
            Rotation = page.Rotation,
            ReadWarnings = Typed(page.ReaderWarnings),
            IsUnread = page.IsUnread,
        };
    }

    private static List<ReadWarning> Typed(IEnumerable<ReaderWarning> warnings) =>
        warnings.Select(w => new ReadWarning(Kind(w.Kind), w.Message)).ToList();

    private static ReadWarningKind Kind(ReaderWarningKind kind) => kind switch
    {
        ReaderWarningKind.StructureRepaired => ReadWarningKind.StructureRepaired,
        ReaderWarningKind.ObjectUnreadable => ReadWarningKind.ObjectUnreadable,
        ReaderWarningKind.StreamDamaged => ReadWarningKind.StreamDamaged,
        ReaderWarningKind.StreamSkipped => ReadWarningKind.StreamSkipped,
        ReaderWarningKind.LimitReached => ReadWarningKind.LimitReached,
        ReaderWarningKind.FontUnreadable => ReadWarningKind.FontUnreadable,
        ReaderWarningKind.PagePartlyRead => ReadWarningKind.PagePartlyRead,
        ReaderWarningKind.PageUnread => ReadWarningKind.PageUnread,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A reader warning kind the seam does not know."),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
