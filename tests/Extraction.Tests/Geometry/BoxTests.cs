using Extraction.Document;

namespace Extraction.Tests.Geometry;

/// <summary>Whether a box's centre lies in another box, widened by a tolerance: how text is judged to belong to a region.</summary>
public sealed class BoxTests
{
    private static readonly Box Region = new(100, 200, 300, 400);

    [TestCase(150, 250, 170, 260, 0, true)]
    [TestCase(290, 390, 310, 410, 0, true)]
    [TestCase(295, 300, 309, 310, 0, false)]
    [TestCase(295, 300, 309, 310, 2, true)]
    [TestCase(295, 300, 311, 310, 2, false)]
    [TestCase(150, 190, 170, 206, 0, false)]
    [TestCase(150, 190, 170, 206, 2, true)]
    [TestCase(90, 250, 104, 260, 2, false)]
    public void The_centre_of_a_box_lies_in_a_region_widened_by_the_tolerance(double x0, double y0, double x1, double y1, double tolerance, bool expected)
    {
        Assert.That(Region.ContainsCentreOf(new Box(x0, y0, x1, y1), tolerance), Is.EqualTo(expected));
    }

    [Test]
    public void A_region_contains_its_own_centre_and_not_that_of_a_box_beside_it()
    {
        Assert.That(Region.ContainsCentreOf(Region), Is.True);
        Assert.That(Region.ContainsCentreOf(Region with { X0 = Region.X1 + 1, X1 = Region.X1 + 50 }, tolerance: 1), Is.False);
    }
}
