using Extraction.Pdf.Content;
using Extraction.Pdf.Core;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Document;

/// <summary>Runs a page's content and collects what it drew. A failure part-way keeps what was read and says so.</summary>
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
        var warnings = new List<string>();
        var documentWarnings = file.Warnings.Count;
        var pageCtm = DisplayTransform.For(node.MediaBox, rotation);
        var initial = new GraphicsState { Ctm = pageCtm };
        var interpreter = new ContentInterpreter(
            file,
            fonts,
            new TextShower(letters, new PageBounds(width, height), file.Limits.MaxLettersPerPage),
            new PathRecorder(options.Rulings, rulings),
            initial);
        try
        {
            interpreter.Run(Content(node.Dictionary, warnings), node.Resources);
            foreach (var appearance in AnnotationAppearances.Of(node.Dictionary, file))
            {
                interpreter.RunAppearance(appearance.Form, appearance.Placement, node.Resources, pageCtm);
            }
        }
        catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Corrupt or PdfErrorCode.LimitExceeded or PdfErrorCode.Truncated)
        {
            warnings.Add($"Page {number} was read only in part: {ex.Message}");
        }
        catch (InsufficientExecutionStackException)
        {
            warnings.Add($"Page {number} nests too deeply; read only in part.");
        }

        // Damage met on the way (unreadable objects, damaged streams, fonts) concerns this page too.
        for (var i = documentWarnings; i < file.Warnings.Count; i++)
        {
            warnings.Add(file.Warnings[i]);
        }

        return new Page(number, width, height, rotation, letters, rulings, interpreter.ImageCount, warnings);
    }

    /// <summary>Joins the page's content streams; each is separated by whitespace so tokens never run together.</summary>
    private byte[] Content(PdfDictionary page, List<string> warnings)
    {
        var contents = file.Resolve(page["Contents"]);
        var streams = contents switch
        {
            PdfStream single => [single],
            PdfArray array => array.Select(item => file.Resolve(item)).OfType<PdfStream>().ToArray(),
            _ => Array.Empty<PdfStream>(),
        };
        var unreadable = contents switch
        {
            PdfStream => false,
            PdfArray parts => parts.Count != streams.Length,
            _ => page["Contents"] is not null,
        };
        if (unreadable)
        {
            // Said every time the page is read, not only when the unreadable object was first met.
            warnings.Add("The page's content (or part of it) could not be read.");
        }

        if (streams.Length == 1)
        {
            return file.DecodeStream(streams[0]);
        }

        using var joined = new MemoryStream();
        foreach (var stream in streams)
        {
            try
            {
                joined.Write(file.DecodeStream(stream));
            }
            catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Corrupt)
            {
                file.Warnings.Add($"A content stream of a page was skipped: {ex.Message}");
            }

            joined.WriteByte((byte)'\n');
        }

        return joined.ToArray();
    }
}
