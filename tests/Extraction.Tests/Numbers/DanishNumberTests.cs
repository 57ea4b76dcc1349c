using Extraction.Document.Numbers;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extraction.Tests.Numbers;

/// <summary>Danish numbers as printed in budget tables and prose.</summary>
[TestFixture]
public sealed class DanishNumberTests
{
    [TestCase("4.511", 4511)]
    [TestCase("-2.130", -2130)]
    [TestCase("\u22122.130", -2130)]
    [TestCase("\u20132.130", -2130)]
    [TestCase("÷95", -95)]
    [TestCase("2,000", 2.0)]
    [TestCase("0,54", 0.54)]
    [TestCase("155.938", 155938)]
    [TestCase("147.987", 147987)]
    [TestCase("1.8", 1.8)]
    [TestCase("0", 0)]
    [TestCase("1.000.000", 1000000)]
    [TestCase("15\u202F455", 15455)]
    [TestCase("15\u00A0455", 15455)]
    [TestCase("-1\u2009234\u2009567,5", -1234567.5)]
    public void Reads_printed_values(string text, decimal expected)
    {
        var number = DanishNumber.Parse(text);

        Assert.That(number.Kind, Is.EqualTo(NumberKind.Value));
        Assert.That(number.Value, Is.EqualTo(expected));
    }

    [TestCase("", NumberKind.Blank)]
    [TestCase("   ", NumberKind.Blank)]
    [TestCase("-", NumberKind.Dash)]
    [TestCase("\u2013", NumberKind.Dash)]
    [TestCase("x,xxx", NumberKind.Placeholder)]
    [TestCase("xx", NumberKind.Placeholder)]
    [TestCase("R23", NumberKind.Text)]
    [TestCase("1.a", NumberKind.Text)]
    [TestCase("12.34.5", NumberKind.Text)]
    [TestCase("1,2,3", NumberKind.Text)]
    [TestCase("100 200", NumberKind.Text)]
    [TestCase("15\u202F45", NumberKind.Text)]
    [TestCase("1.234\u202F567", NumberKind.Text)]
    [TestCase("1234\u202F567", NumberKind.Text)]
    [TestCase("2025-priser", NumberKind.Text)]
    public void Tells_what_is_not_a_value(string text, NumberKind expected)
    {
        var number = DanishNumber.Parse(text);

        Assert.That(number.Kind, Is.EqualTo(expected));
        Assert.That(number.Value, Is.Null);
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(DanishNumberGenerators) }, MaxTest = 500)]
    public bool Any_printed_number_reads_back_as_its_value(PrintedNumber printed)
    {
        var number = DanishNumber.Parse(printed.Text);
        return number.Kind == NumberKind.Value && number.Value == printed.Value;
    }

    [FsCheckProperty(Arbitrary = new[] { typeof(DanishNumberGenerators) }, MaxTest = 300)]
    public bool Surrounding_spaces_do_not_matter(PrintedNumber printed) =>
        DanishNumber.Parse("  " + printed.Text + " ").Value == printed.Value;

    [FsCheckProperty(MaxTest = 1000)]
    public bool Never_throws_and_a_value_is_set_only_for_numbers(string? text)
    {
        var number = DanishNumber.Parse(text);
        return (number.Kind == NumberKind.Value) == number.Value.HasValue;
    }

    [FsCheckProperty(MaxTest = 500)]
    public bool Plain_integers_read_as_themselves(int value)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return DanishNumber.Parse(text).Value == value;
    }
}
