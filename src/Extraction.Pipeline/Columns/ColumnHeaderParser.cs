using Extraction.Document;
using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Document.Numbers;

namespace Extraction.Pipeline.Columns;

/// <summary>
/// Types a column from its printed header path ("Tekn. B26" → technical budget 2026; "Budget 2020" / "Budget i 1.000
/// kr." → budget 2020 in thousands). Vocabularies come from <see cref="ColumnOptions"/>; nothing is hard-coded.
/// </summary>
public sealed class ColumnHeaderParser
{
    private static readonly Regex FourDigitYear = new(@"(?<![\d.,])(?<year>\d{4})(?![\d.,])", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<(Measure Measure, Regex Pattern)> vocabulary;
    private readonly ColumnOptions options;
    private readonly NumberOptions numbers;
    private readonly UnitReader units;
    private readonly Measure yearOnly;
    private readonly Measure laterYear;
    private readonly HashSet<Measure> fiscalYearDefault;

    public ColumnHeaderParser(ColumnOptions options, NumberOptions numbers)
    {
        this.options = options;
        this.numbers = numbers;
        units = new UnitReader(numbers);
        vocabulary = options.Measures
            .SelectMany(v => v.Patterns.Select(p => (MeasureOf(v.Measure), PatternSet.Compile(p))))
            .ToList();
        yearOnly = MeasureOf(options.YearOnlyMeasure);
        laterYear = MeasureOf(options.LaterYearMeasure);
        fiscalYearDefault = options.YearDefaultsToFiscalYear.Select(MeasureOf).ToHashSet();
    }

    /// <summary>Types a column from its header levels, top to bottom (blank levels are ignored).</summary>
    public BudgetColumn Parse(IReadOnlyList<string> path, int? fiscalYear)
    {
        var parts = path.Select(p => Normalise(p)).Where(p => p.Length > 0).ToList();
        var label = string.Join(" / ", parts);
        var measure = Measure.Unknown;
        int? year = null;
        Unit? unit = null;
        foreach (var part in parts)
        {
            var reading = Read(part, fiscalYear);
            if (reading.Measure != Measure.Unknown)
            {
                measure = reading.Measure;
            }

            year = reading.Year ?? year;
            unit = reading.Unit ?? unit;
        }

        var inferred = false;
        if (year is null && fiscalYear is not null && fiscalYearDefault.Contains(measure))
        {
            year = fiscalYear;
            inferred = true;
        }

        return new BudgetColumn(label, measure, year, inferred, unit);
    }

    /// <summary>Types one header level.</summary>
    public (Measure Measure, int? Year, Unit? Unit) Read(string header, int? fiscalYear)
    {
        var (rest, unit) = units.Strip(Normalise(header));
        int? year = null;
        var yearMatch = FourDigitYear.Match(rest);
        if (yearMatch.Success && int.Parse(yearMatch.Groups["year"].Value, CultureInfo.InvariantCulture) is var y && y >= numbers.MinYear && y <= numbers.MaxYear)
        {
            year = y;
            rest = Normalise(rest.Remove(yearMatch.Index, yearMatch.Length));
        }

        rest = rest.Trim(' ', '*', ':', ',');
        if (rest.Length == 0)
        {
            if (year is null)
            {
                return (Measure.Unknown, null, unit);
            }

            return (fiscalYear is not null && year > fiscalYear ? laterYear : yearOnly, year, unit);
        }

        foreach (var (measure, pattern) in vocabulary)
        {
            var match = pattern.Match(rest);
            if (!match.Success)
            {
                continue;
            }

            var group = match.Groups["year"];
            if (group.Success && group.Value.Length > 0)
            {
                var digits = int.Parse(group.Value, CultureInfo.InvariantCulture);
                year ??= group.Value.Length <= 2 ? options.TwoDigitYearBase + digits : digits;
            }

            return (measure, year, unit);
        }

        return (Measure.Unknown, year, unit);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Measure MeasureOf(string name) =>
        MeasureNames.TryParse(name, out var measure) ? measure : throw new ArgumentException($"Unknown measure '{name}'.", nameof(name));
}
