using Extraction.Pdf.Content;
using Extraction.Pdf.Core;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Document;

/// <summary>
/// Runs a page's content and collects what it drew. A failure part-way keeps what was read and says so; a page whose
/// content cannot be read at all is marked unread, never handed out as an empty page.
/// </summary>
internal sealed class PageReader
{
    private readonly PdfFile file;
    private readonly FontCache fonts;
    private readonly ReadOptions options;

    public PageReader(PdfFile file, FontCache fonts, ReadOptions options)
    {
        this.file = file;
        this.fonts = fonts;
        this.options = options;
    }

    public Page Read(int number, PageNode node)
    {
        var rotation = DisplayTransform.NormalizeRotation(node.Rotate);
        var (width, height) = DisplayTransform.Size(node.MediaBox, rotation);
        var letters = new List<Letter>();
        var rulings = new List<RulingLine>();
        var warnings = new List<ReaderWarning>();
        var documentWarnings = file.Warnings.Count;
        var pageCtm = DisplayTransform.For(node.MediaBox, rotation);
        var initial = new GraphicsState { Ctm = pageCtm };
        var shower = new TextShower(letters, new PageBounds(width, height), file.Limits.MaxLettersPerPage);
        var interpreter = new ContentInterpreter(
            file,
            fonts,
            shower,
            new PathRecorder(options.Rulings, rulings),
            initial);
        var content = PageContent.Gather(node.Dictionary, file, number);
        try
        {
            interpreter.Run(content.Bytes, node.Resources);
            foreach (var appearance in AnnotationAppearances.Of(node.Dictionary, file))
            {
                interpreter.RunAppearance(appearance.Form, appearance.Placement, node.Resources, pageCtm);
            }
        }
        catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Corrupt or PdfErrorCode.LimitExceeded or PdfErrorCode.Truncated)
        {
            var kind = ex.Code == PdfErrorCode.LimitExceeded ? ReaderWarningKind.LimitReached : ReaderWarningKind.PagePartlyRead;
            warnings.Add(new ReaderWarning(kind, $"Page {number} was read only in part: {ex.Message}"));
        }
        catch (InsufficientExecutionStackException)
        {
            warnings.Add(new ReaderWarning(ReaderWarningKind.LimitReached, $"Page {number} nests too deeply; read only in part."));
        }

        // Damage met on the way (unreadable objects, damaged streams, fonts) concerns this page too.
        for (var i = documentWarnings; i < file.Warnings.Count; i++)
        {
            warnings.Add(file.Warnings[i]);
        }

        // Said every time the page is read, not only when the unreadable object was first met.
        warnings.AddRange(content.Warnings);
        var unread = content.Unread;
        if (shower.StringsWithoutFont > 0)
        {
            warnings.Add(new ReaderWarning(ReaderWarningKind.FontUnreadable, $"Page {number}: {shower.StringsWithoutFont} text strings were shown without a usable font; their text is not read."));
            if (letters.Count == 0 && !unread)
            {
                // Text was there and none of it could be read: an unread page, not a blank one.
                unread = true;
                warnings.Add(new ReaderWarning(ReaderWarningKind.PageUnread, $"Page {number}: none of its text could be read."));
            }
        }

        return new Page(number, width, height, rotation, letters, rulings, interpreter.Images, warnings, unread);
    }
}
