using System.Globalization;
using FsCheck.Fluent;
using FsCheck;

namespace Extraction.Tests.Columns;

/// <summary>A column header as a budget document might print it, and what it means.</summary>
public sealed record PrintedHeader(string Text, string Measure, int Year);

/// <summary>Generators of column headers written the ways Danish budget documents write them.</summary>
public static class HeaderGenerators
{
    /// <summary>Templates: {yy} is a two-digit year, {yyyy} a four-digit one.</summary>
    private static readonly (string Template, string Measure)[] Templates =
    [
        ("R{yy}", "actual"),
        ("B{yy}", "budget"),
        ("Tekn. B{yy}", "technical_budget"),
        ("Skøn {yy}", "estimate"),
        ("Tillæg {yyyy}", "supplement"),
        ("Teknisk budget {yyyy}", "technical_budget"),
        ("Regnskab {yyyy}", "actual"),
        ("Korr. budget {yyyy}", "corrected_budget"),
        ("Opr. budget {yyyy}", "original_budget"),
        ("Over-/underskud {yyyy}", "variance"),
        ("Budget {yyyy}", "budget"),
    ];

    public static Arbitrary<PrintedHeader> PrintedHeader() =>
        (from template in Gen.Elements(Templates)
         from year in Gen.Choose(2000, 2099)
         from upper in Gen.Elements(false, true)
         from spacing in Gen.Elements(" ", "  ", "\n", " \n ")
         select Print(template.Template, template.Measure, year, upper, spacing))
        .ToArbitrary();

    private static PrintedHeader Print(string template, string measure, int year, bool upper, string spacing)
    {
        var text = template
            .Replace("{yyyy}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{yy}", (year % 100).ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(" ", spacing, StringComparison.Ordinal);
        return new PrintedHeader(upper ? text.ToUpperInvariant() : text, measure, year);
    }
}
