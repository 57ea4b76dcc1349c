namespace Extraction.Tests.Golden;

/// <summary>
/// The measure and year a reader of the budget documents gives each column header that occurs in the ground truth.
/// This is our expectation, written by hand; the pipeline derives it from pipeline.json's vocabularies. A bare year is
/// the budget for that year up to the fiscal year and an overslagsår (projection) after it; "I alt" across years is a
/// total of no single year. A header missing here fails the golden test rather than passing unchecked.
/// </summary>
internal static class ExpectedColumnTypes
{
    /// <summary>Header → (measure, year); a null year stands for "the document's fiscal year" (a header without a year).</summary>
    private static readonly Dictionary<string, (string Measure, int? Year)> Types = new(StringComparer.Ordinal)
    {
        ["Teknisk budget 2026"] = ("technical_budget", 2026),
        ["Tillæg 2026"] = ("supplement", 2026),
        ["R23"] = ("actual", 2023),
        ["R24"] = ("actual", 2024),
        ["B25"] = ("budget", 2025),
        ["Tekn. B26"] = ("technical_budget", 2026),
        ["Skøn 26"] = ("estimate", 2026),
        ["Tillæg"] = ("supplement", null),
        ["Regnskab 2018"] = ("actual", 2018),
        ["Regnskab 2019"] = ("actual", 2019),
        ["Regnskab 2020"] = ("actual", 2020),
        ["Korr. budget 2020"] = ("corrected_budget", 2020),
        ["Korr. Budget 2020"] = ("corrected_budget", 2020),
        ["Opr. Budget 2020"] = ("original_budget", 2020),
        ["Over-/underskud 2020"] = ("variance", 2020),
        ["Budget 2020 / Budget i 1.000 kr."] = ("budget", 2020),
        ["Regnskab 2020 / Regnskab i 1.000 kr."] = ("actual", 2020),
    };

    private static readonly Dictionary<string, string> Yearless = new(StringComparer.Ordinal)
    {
        ["I alt"] = "total",
    };

    public static (string Measure, int? Year) For(string header, int fiscalYear)
    {
        if (header.Length == 4 && int.TryParse(header, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bare))
        {
            return (bare <= fiscalYear ? "budget" : "projection", bare);
        }

        if (Yearless.TryGetValue(header, out var measure))
        {
            return (measure, null);
        }

        if (!Types.TryGetValue(header, out var type))
        {
            Assert.Fail($"The golden test has no expected measure and year for the column header '{header}'.");
        }

        return (type.Measure, type.Year ?? fiscalYear);
    }
}
