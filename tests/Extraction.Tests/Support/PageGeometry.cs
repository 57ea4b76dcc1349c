using Extraction.Document;

namespace Extraction.Tests.Support;

/// <summary>
/// The same pages printed otherwise: every position and font size scaled by <paramref name="Scale"/>, moved by
/// (<paramref name="OffsetX"/>, <paramref name="OffsetY"/>), on a sheet of <paramref name="Width"/> × <paramref name="Height"/>
/// points (smaller or larger print, A3, a landscape sheet with the text off-centre).
/// </summary>
internal sealed record PageGeometry(string Name, double Scale, double OffsetX, double OffsetY, double Width, double Height)
{
    public static readonly PageGeometry[] Variants =
    [
        new("smaller print", 0.75, 20, 30, 595, 842),
        new("A3", 1.41, 0, 0, 842, 1191),
        new("landscape", 0.7, 150, 5, 842, 595),
    ];

    public override string ToString() => Name;

    public IDocumentReader Over(IDocumentReader inner) => new Reader(inner, this);

    private Box Place(Box box) => new(X(box.X0), Y(box.Y0), X(box.X1), Y(box.Y1));

    private double X(double x) => x * Scale + OffsetX;

    private double Y(double y) => y * Scale + OffsetY;

    private PageText Place(PageText page) => page with
    {
        Width = Width,
        Height = Height,
        Words = page.Words.Select(w => w with { Box = Place(w.Box), FontSize = w.FontSize * Scale }).ToList(),
        Rulings = page.Rulings.Select(r => r with { Box = Place(r.Box) }).ToList(),
        Images = page.Images.Select(Place).ToList(),
    };

    private sealed class Reader(IDocumentReader inner, PageGeometry geometry) : IDocumentReader
    {
        public DocumentText Read(string path)
        {
            var text = inner.Read(path);
            return text with { Pages = text.Pages.Select(geometry.Place).ToList() };
        }
    }
}
