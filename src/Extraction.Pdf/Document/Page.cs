using Extraction.Pdf.Core;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Document;

/// <summary>One page as displayed: size, letters and ruling lines, all in display space (points, origin top-left).</summary>
public sealed class Page
{
    internal Page(int number, double width, double height, int rotation, IReadOnlyList<Letter> letters, IReadOnlyList<RulingLine> rulingLines, IReadOnlyList<PdfRectangle> images, IReadOnlyList<ReaderWarning> warnings, bool isUnread)
    {
        Number = number;
        Width = width;
        Height = height;
        Rotation = rotation;
        Letters = letters;
        RulingLines = rulingLines;
        Images = images;
        ReaderWarnings = warnings;
        Warnings = warnings.Select(w => w.Message).ToList();
        IsUnread = isUnread;
    }

    /// <summary>1-based physical page number.</summary>
    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The page's /Rotate in degrees (0, 90, 180, 270); coordinates already have it applied.</summary>
    public int Rotation { get; }

    public IReadOnlyList<Letter> Letters { get; }

    public IReadOnlyList<RulingLine> RulingLines { get; }

    /// <summary>Images drawn on the page (XObjects and inline images); a page with images and no letters is probably scanned.</summary>
    public int ImageCount => Images.Count;

    /// <summary>Where each image was drawn, in display space (the image's unit square under its transformation).</summary>
    public IReadOnlyList<PdfRectangle> Images { get; }

    /// <summary>Problems met while reading the page, typed; the letters are those that could be read.</summary>
    public IReadOnlyList<ReaderWarning> ReaderWarnings { get; }

    /// <summary>The messages of <see cref="ReaderWarnings"/>.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// The page has content but none of it could be read (a truncated file, an unreadable or refused stream), or it
    /// shows text of which nothing could be read (its fonts are gone): its emptiness is a loss, not a blank page. <see cref="ReaderWarnings"/> says why (<see cref="ReaderWarningKind.PageUnread"/>).
    /// </summary>
    public bool IsUnread { get; }

    public IReadOnlyList<Word> GetWords(IWordExtractor? extractor = null) => (extractor ?? SpacingWordExtractor.Default).GetWords(Letters);
}
