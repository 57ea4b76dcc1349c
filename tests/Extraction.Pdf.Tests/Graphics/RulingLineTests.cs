using Extraction.Pdf.Document;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Tests.Pages;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Graphics;

/// <summary>Ruling lines from hand-written content streams, in display space (points, origin top-left, y down).</summary>
[TestFixture]
public sealed class RulingLineTests
{
    private const double Tolerance = 1e-6;

    [Test]
    public void A_stroked_horizontal_segment_is_one_horizontal_ruling_in_display_space()
    {
        var rulings = Rulings("2 w 100 700 m 300 700 l S");

        Assert.That(rulings, Has.Count.EqualTo(1));
        var line = rulings[0];
        Assert.Multiple(() =>
        {
            Assert.That(line.Orientation, Is.EqualTo(RulingOrientation.Horizontal));
            Assert.That(line.Source, Is.EqualTo(RulingSource.Stroke));
            Assert.That((line.X0, line.Y0, line.X1, line.Y1), Is.EqualTo((100.0, 100.0, 300.0, 100.0)));
            Assert.That(line.Thickness, Is.EqualTo(2).Within(Tolerance));
        });
    }

    [Test]
    public void A_segment_drawn_right_to_left_or_bottom_to_top_starts_at_its_left_or_top_end()
    {
        var rulings = Rulings("300 700 m 100 700 l 50 100 m 50 600 l S");

        Assert.That(rulings.Select(r => (r.X0, r.Y0, r.X1, r.Y1)), Is.EquivalentTo(new[] { (100.0, 100.0, 300.0, 100.0), (50.0, 200.0, 50.0, 700.0) }));
    }

    [Test]
    public void A_stroked_rectangle_gives_its_four_sides()
    {
        var rulings = Rulings("0.5 w 100 500 200 100 re S");

        Assert.Multiple(() =>
        {
            Assert.That(rulings.Count(r => r.Orientation == RulingOrientation.Horizontal), Is.EqualTo(2));
            Assert.That(rulings.Count(r => r.Orientation == RulingOrientation.Vertical), Is.EqualTo(2));
            Assert.That(rulings.Select(r => r.Y0).Where((_, i) => rulings[i].Orientation == RulingOrientation.Horizontal), Is.EquivalentTo(new[] { 200.0, 300.0 }));
            Assert.That(rulings.Where(r => r.Orientation == RulingOrientation.Vertical).Select(r => r.X0), Is.EquivalentTo(new[] { 100.0, 300.0 }));
        });
    }

    [Test]
    public void A_thin_filled_rectangle_is_a_ruling_along_its_middle_and_a_thick_one_is_not()
    {
        var rulings = Rulings("100 500 200 1 re f 100 400 1.5 150 re f 100 100 200 50 re f");

        Assert.That(rulings, Has.Count.EqualTo(2));
        var horizontal = rulings.Single(r => r.Orientation == RulingOrientation.Horizontal);
        var vertical = rulings.Single(r => r.Orientation == RulingOrientation.Vertical);
        Assert.Multiple(() =>
        {
            Assert.That(horizontal.Source, Is.EqualTo(RulingSource.FilledRectangle));
            Assert.That((horizontal.X0, horizontal.X1), Is.EqualTo((100.0, 300.0)));
            Assert.That(horizontal.Y0, Is.EqualTo(299.5).Within(Tolerance));
            Assert.That(horizontal.Thickness, Is.EqualTo(1).Within(Tolerance));
            Assert.That(vertical.X0, Is.EqualTo(100.75).Within(Tolerance));
            Assert.That((vertical.Y0, vertical.Y1), Is.EqualTo((250.0, 400.0)));
        });
    }

    [Test]
    public void A_thin_rectangle_drawn_with_lines_and_filled_counts_like_one_drawn_with_re()
    {
        var rulings = Rulings("100 500 m 300 500 l 300 501 l 100 501 l h f");

        Assert.That(rulings, Has.Count.EqualTo(1));
        Assert.That(rulings[0].Orientation, Is.EqualTo(RulingOrientation.Horizontal));
    }

    [Test]
    public void Diagonals_curves_clipping_paths_and_tiny_segments_are_not_rulings()
    {
        var rulings = Rulings("100 100 m 200 200 l S 100 100 m 150 300 200 300 300 100 c S 0 0 600 800 re W n 10 10 m 11 10 l S");

        Assert.That(rulings, Is.Empty);
    }

    [Test]
    public void The_transformation_matrix_applies_to_path_coordinates()
    {
        var rulings = Rulings("q 2 0 0 2 50 50 cm 0 0 m 100 0 l S Q");

        Assert.That(rulings.Single().X1, Is.EqualTo(250).Within(Tolerance));
        Assert.That(rulings.Single().Y0, Is.EqualTo(750).Within(Tolerance));
    }

    [TestCase(90, 100.0, 100.0, 100.0, 300.0)]
    [TestCase(180, 300.0, 100.0, 500.0, 100.0)]
    [TestCase(270, 700.0, 300.0, 700.0, 500.0)]
    public void On_a_rotated_page_rulings_are_in_the_displayed_page(int rotate, double x0, double y0, double x1, double y1)
    {
        var page = new OnePagePdf("100 100 m 300 100 l S") { Rotate = rotate }.Open().GetPage(1);

        var line = page.RulingLines.Single();
        Assert.That((line.X0, line.Y0, line.X1, line.Y1), Is.EqualTo((x0, y0, x1, y1)));
        Assert.That(line.Orientation, Is.EqualTo(rotate == 180 ? RulingOrientation.Horizontal : RulingOrientation.Vertical));
    }

    /// <summary>
    /// Fixture 004, page 2 draws its table rules as 1-unit filled rectangles ("0 1591 129 1 re f" and so on) under the
    /// matrices [.24 0 0 −.24 0 841.92] and [3.125 0 0 3.125 259.375 −2684.375]: by hand, rules 0.75 pt thick at
    /// display y 549.375, 563.625 and 692.625, each in two pieces, x 62.25–159 and 159–525.75.
    /// </summary>
    [Test]
    public void Table_rules_of_a_corpus_page_are_where_its_content_stream_draws_them()
    {
        var pdf = Path.Combine(RepositoryPaths.Corpus, "004_6d45ed6ea08fb11e.pdf");
        var rulings = PdfDocument.Open(pdf).GetPage(2).RulingLines;

        var expected = from y in new[] { 549.375, 563.625, 692.625 }
                       from x in new[] { (62.25, 159.0), (159.0, 525.75) }
                       select (x.Item1, y, x.Item2);
        Assert.That(rulings, Has.Count.EqualTo(6));
        Assert.That(rulings.All(r => r.Orientation == RulingOrientation.Horizontal && r.Source == RulingSource.FilledRectangle));
        Assert.That(rulings.All(r => Math.Abs(r.Thickness - 0.75) < 0.01));
        foreach (var (x0, y, x1) in expected)
        {
            Assert.That(rulings.Any(r => Math.Abs(r.X0 - x0) < 0.01 && Math.Abs(r.Y0 - y) < 0.01 && Math.Abs(r.X1 - x1) < 0.01), $"rule at y {y} from x {x0} to {x1}");
        }
    }

    private static IReadOnlyList<RulingLine> Rulings(string content) => new OnePagePdf(content).Open().GetPage(1).RulingLines;
}
