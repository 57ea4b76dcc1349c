using Extraction.Document;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// Maps PdfPig's page coordinates to the seam's display space. PdfPig places content relative to the rotated CropBox
/// with y growing upward; the seam, like poppler, measures from the top-left corner of the rotated MediaBox with y
/// growing downward. Both frames are turned by the page's /Rotate, so a flip and a shift map one onto the other, and
/// both readers put a glyph at the same point whatever the page's boxes.
/// </summary>
internal sealed class DisplaySpace
{
    private readonly TransformationMatrix toDisplay;

    public DisplaySpace(Page page)
    {
        var media = page.MediaBox.Bounds;
        var (left, bottom, right, top) = (Math.Min(media.Left, media.Right), Math.Min(media.Bottom, media.Top), Math.Max(media.Left, media.Right), Math.Max(media.Bottom, media.Top));
        var rotation = ((page.Rotation.Value % 360) + 360) % 360;

        // Rotation turns the page clockwise; each case maps the MediaBox corner that ends up top-left to (0, 0).
        var (userToDisplay, width, height) = rotation switch
        {
            90 => (TransformationMatrix.FromValues(0, 1, 1, 0, -bottom, -left), top - bottom, right - left),
            180 => (TransformationMatrix.FromValues(-1, 0, 0, 1, right, -bottom), right - left, top - bottom),
            270 => (TransformationMatrix.FromValues(0, -1, -1, 0, top, right), top - bottom, right - left),
            _ => (TransformationMatrix.FromValues(1, 0, 0, -1, -left, top), right - left, top - bottom),
        };

        // PdfPig's frame is the displayed CropBox with y upward: the same turn, so only a flip and a shift remain,
        // to where the CropBox's displayed top-left corner lies within the displayed MediaBox.
        var crop = page.CropBox.Bounds;
        var corners = new[] { crop.BottomLeft, crop.BottomRight, crop.TopLeft, crop.TopRight }.Select(userToDisplay.Transform).ToList();
        var (cropLeft, cropBottom) = (corners.Min(c => c.X), corners.Max(c => c.Y));
        toDisplay = TransformationMatrix.FromValues(1, 0, 0, -1, cropLeft, cropBottom);
        Width = width;
        Height = height;
    }

    /// <summary>Displayed width of the MediaBox, points.</summary>
    public double Width { get; }

    /// <summary>Displayed height of the MediaBox, points.</summary>
    public double Height { get; }

    public PdfPoint Map(PdfPoint point) => toDisplay.Transform(point);

    /// <summary>The axis-aligned display box enclosing a rectangle given in PdfPig's page coordinates.</summary>
    public Box Map(PdfRectangle rectangle)
    {
        var corners = new[] { Map(rectangle.BottomLeft), Map(rectangle.BottomRight), Map(rectangle.TopLeft), Map(rectangle.TopRight) };
        return new Box(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }
}
