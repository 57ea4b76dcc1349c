using Extraction.Document;

namespace Extraction.Tests.Support;

/// <summary>
/// Builds documents word by word for tests of layouts the corpus lacks (a table over a page break, sparse rows). Words
/// are set in a 10 pt font, 5 pt per character, with 2.5 pt spaces; text can be placed from its left or right edge.
/// </summary>
internal sealed class SyntheticDocument : IDocumentReader
{
    private const double CharWidth = 5;
    private const double Space = 2.5;
    private readonly List<List<TextWord>> pages = [];
    private readonly List<List<Box>> images = [];
    private readonly List<List<Ruling>> rulings = [];
    private readonly List<(double Width, double Height)> sizes = [];

    public string? Title { get; init; }

    /// <summary>
    /// How tall a word's box is, in ems of its font size, around the same middle: 1 by default; a producer that gives
    /// the font's whole bounding box makes them taller.
    /// </summary>
    public double BoxHeightEm { get; init; } = 1;

    /// <summary>A new A4 page, portrait unless <paramref name="landscape"/>.</summary>
    public SyntheticDocument Page(bool landscape = false)
    {
        sizes.Add(landscape ? (842, 595) : (595, 842));
        pages.Add([]);
        images.Add([]);
        rulings.Add([]);
        return this;
    }

    /// <summary>Text starting at <paramref name="x"/> on the line whose top is <paramref name="y"/>.</summary>
    public SyntheticDocument Left(double x, double y, string text, bool bold = false, double size = 10)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var width = word.Length * CharWidth * size / 10;
            var overhang = (BoxHeightEm - 1) * size / 2;
            pages[^1].Add(new TextWord(word, new Box(x, y - overhang, x + width, y + size + overhang), size, bold ? "Test-Bold" : "Test", bold, false, true));
            x += width + Space;
        }

        return this;
    }

    /// <summary>Text ending at <paramref name="x1"/> (right-aligned, as numbers in a table).</summary>
    public SyntheticDocument Right(double x1, double y, string text, bool bold = false, double size = 10) =>
        Left(x1 - (Width(text) * size / 10), y, text, bold, size);

    /// <summary>A picture drawn over the given area of the current page.</summary>
    public SyntheticDocument Image(double x0, double y0, double x1, double y1)
    {
        images[^1].Add(new Box(x0, y0, x1, y1));
        return this;
    }

    /// <summary>A ruling line drawn from (x0, y0) to (x1, y1) on the current page: horizontal when y0 = y1, else vertical.</summary>
    public SyntheticDocument Rule(double x0, double y0, double x1, double y1)
    {
        rulings[^1].Add(new Ruling(new Box(x0, y0, x1, y1), y0 == y1));
        return this;
    }

    public DocumentText Read(string path) =>
        new(path, Title, pages.Select((words, i) => new PageText(i + 1, sizes[i].Width, sizes[i].Height, words, rulings[i], images[i].Count, []) { Images = images[i] }).ToList(), []);

    private static double Width(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(w => w.Length * CharWidth) + Space * (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1);
}
