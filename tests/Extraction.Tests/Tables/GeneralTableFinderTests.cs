using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Tables.Figures;
using Extraction.Pipeline.Tables.General;
using Extraction.Pipeline.Tables;

namespace Extraction.Tests.Tables;

/// <summary>The general detectors on pages built word by word: a borderless table, a ruled grid, prose and a chart.</summary>
[TestFixture]
public sealed class GeneralTableFinderTests
{
    private const double FontSize = 10;
    private const double LineHeight = 14;
    private static readonly GeneralTableFinder Finder = new(new TableOptions());

    [Test]
    public void A_borderless_table_is_read_from_the_blank_spaces_its_lines_share()
    {
        var rows = new[]
        {
            new[] { "Region", "2010", "2011" },
            new[] { "North", "1,204", "1,310" },
            new[] { "South", "980", "1,002" },
            new[] { "East", "2,311", "2,400" },
        };
        var page = Page(rows.Select((cells, i) => Line(i * LineHeight, cells.Select((c, k) => (40 + k * 120.0, c)).ToArray())).ToList(), []);

        var table = Finder.Complete(page, [], PageFigures.None, []).Single();

        Assert.That(table.Kind, Is.EqualTo(TableKind.General));
        Assert.That(table.HeaderCells.Select(h => h.Text), Is.EqualTo(rows[0]));
        Assert.That(table.Rows.Select(r => r.Cells.Select(c => c.Text)), Is.EqualTo(rows.Skip(1)));
    }

    [Test]
    public void A_ruled_grid_is_read_as_a_lattice_with_its_spanning_cells()
    {
        var lines = new List<TextLine>
        {
            Line(2, (60, "Total")),
            Line(22, (20, "a"), (120, "b")),
            Line(42, (20, "1"), (120, "2")),
            Line(62, (20, "3"), (120, "4")),
        };
        var rulings = new[] { 0.0, 20, 40, 60, 80 }.Select(y => new Ruling(new Box(10, y, 210, y), true))
            .Append(new Ruling(new Box(10, 0, 10, 80), false))
            .Append(new Ruling(new Box(110, 20, 110, 80), false))
            .Append(new Ruling(new Box(210, 0, 210, 80), false))
            .ToList();

        var table = Finder.Complete(Page(lines, rulings), [], PageFigures.None, []).Single();

        Assert.That(table.IsRuled, Is.True);
        Assert.That(table.HeaderCells.Select(h => (h.Text, h.ColumnSpan)), Is.EqualTo(new[] { ("Total", 2) }));
        Assert.That(table.Rows.Select(r => r.Cells.Select(c => c.Text)), Is.EqualTo(new[] { new[] { "a", "b" }, ["1", "2"], ["3", "4"] }));
    }

    [Test]
    public void Prose_set_in_two_columns_is_not_a_table()
    {
        var text = "the council agreed to look again at the plan for the new school next year";
        var lines = Enumerable.Range(0, 6).Select(i => Line(i * LineHeight, (40, text), (320, text))).ToList();

        Assert.That(Finder.Complete(Page(lines, []), [], PageFigures.None, []), Is.Empty);
    }

    [Test]
    public void The_axis_labels_of_a_chart_are_not_a_table()
    {
        var lines = Enumerable.Range(0, 6).Select(i => Line(i * LineHeight, (40, ((5 - i) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture)), (80 + i * 60, "x")))
            .Append(Line(6 * LineHeight, (80, "2001"), (140, "2002"), (200, "2003"), (260, "2004"), (320, "2005"), (380, "2006")))
            .ToList();

        Assert.That(Finder.Complete(Page(lines, []), [], PageFigures.None, []), Is.Empty);
    }

    private static PageLayout Page(IReadOnlyList<TextLine> lines, IReadOnlyList<Ruling> rulings) =>
        new(1, 595, 842, lines, [], [], rulings, 0, null);

    /// <summary>A line at <paramref name="top"/>: each cell a segment starting at its x, words a font size apart.</summary>
    private static TextLine Line(double top, params (double X, string Text)[] cells) => new(cells.Select(c =>
    {
        var x = c.X;
        var words = new List<TextWord>();
        foreach (var word in c.Text.Split(' '))
        {
            var width = word.Length * FontSize / 2;
            words.Add(new TextWord(word, new Box(x, top, x + width, top + FontSize), FontSize, "Helvetica", false, false, true));
            x += width + FontSize / 4;
        }

        return new TextSegment(words);
    }).ToList());
}
