namespace Extraction.Tests.Golden.Generated;

/// <summary>The year shift that maps a generated variant's column headers back to the corpus headers the expectation names.</summary>
[TestFixture]
public sealed class GeneratedVariantTests
{
    [TestCase("Regnskab 2020", 3, "Regnskab 2023")]
    [TestCase("R23", -2, "R21")]
    [TestCase("Tekn. B26", 1, "Tekn. B27")]
    [TestCase("Skøn 26", -3, "Skøn 23")]
    [TestCase("Budget 2020 / Budget i 1.000 kr.", 2, "Budget 2022 / Budget i 1.000 kr.")]
    [TestCase("I alt", 3, "I alt")]
    [TestCase("Tillæg", -1, "Tillæg")]
    public void Shifting_moves_the_printed_years_and_nothing_else(string header, int shift, string shifted)
    {
        Assert.That(GeneratedVariant.ShiftYears(header, shift), Is.EqualTo(shifted));
    }

    [Test]
    public void Every_variant_has_truth_cells_and_a_known_shift()
    {
        Assert.That(GeneratedVariant.All.Select(v => v.YearShift), Is.All.InRange(-3, 3));
        Assert.That(GeneratedVariant.All.Select(v => v.ExpectedCells().Count), Is.All.GreaterThan(0));
    }
}
