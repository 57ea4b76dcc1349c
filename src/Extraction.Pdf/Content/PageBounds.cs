namespace Extraction.Pdf.Content;

/// <summary>The displayed page size; glyphs entirely outside it are dropped, as poppler drops them.</summary>
internal readonly record struct PageBounds(double Width, double Height)
{
    public bool Excludes(double x, double y, double dx, double dy) =>
        x + dx < 0 || x > Width || y + dy < 0 || y > Height || double.IsNaN(x) || double.IsNaN(y) || double.IsNaN(dx) || double.IsNaN(dy);
}
