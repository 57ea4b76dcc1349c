using System.Globalization;
using Extraction.Document.Numbers;
using Extraction.Tests.Support;
using FsCheck.Fluent;
using FsCheck;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Extraction.Tests.Numbers;

/// <summary>Dates as Danish forms print them ("01.01.2026", "1. januar 2026"), read with pipeline.json's month names.</summary>
[TestFixture]
public sealed class DanishDateTests
{
    private static readonly DanishDate Dates = new(Corpus.Options.Proposals.MonthNames);

    [TestCase("01.01.2026", 2026, 1, 1)]
    [TestCase("1. januar 2026", 2026, 1, 1)]
    [TestCase("31. december 2025", 2025, 12, 31)]
    [TestCase("1/7 2026", 2026, 7, 1)]
    [TestCase("2026-03-15", 2026, 3, 15)]
    [TestCase("1. jan. 2027", 2027, 1, 1)]
    public void Reads_a_printed_date(string text, int year, int month, int day) =>
        Assert.That(Dates.Parse(text), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase("")]
    [TestCase("Ja")]
    [TestCase("31.02.2026")]
    [TestCase("1. smarch 2026")]
    [TestCase("2026")]
    [TestCase("13.13.2026")]
    public void Anything_else_is_no_date(string text) => Assert.That(Dates.Parse(text), Is.Null);

    [FsCheckProperty(Arbitrary = new[] { typeof(DateGenerators) }, MaxTest = 300)]
    public bool Any_date_reads_back_from_both_ways_of_printing_it(DateOnly date) =>
        Dates.Parse(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)) == date
        && Dates.Parse($"{date.Day}. {Corpus.Options.Proposals.MonthNames[date.Month - 1]} {date.Year}") == date;

    [FsCheckProperty(MaxTest = 300)]
    public bool Arbitrary_text_never_throws(string? text)
    {
        _ = Dates.Parse(text);
        return true;
    }
}

/// <summary>Dates between 1990 and 2100.</summary>
public static class DateGenerators
{
    public static Arbitrary<DateOnly> Date() =>
        Gen.Choose(0, 40_000).Select(days => new DateOnly(1990, 1, 1).AddDays(days)).ToArbitrary();
}
