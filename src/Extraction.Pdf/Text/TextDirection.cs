namespace Extraction.Pdf.Text;

/// <summary>The writing direction of a letter on the displayed page, to the nearest quarter turn.</summary>
public enum TextDirection
{
    LeftToRight = 0,
    TopToBottom = 1,
    RightToLeft = 2,
    BottomToTop = 3,
}
