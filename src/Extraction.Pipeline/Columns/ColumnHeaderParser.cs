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
    private static readonly Regex EmptyBrackets = new(@"\(\s*\)", RegexOptions.CultureInvariant);
    private static readonly Regex FourDigitYear = new(@"(?<![\d.,])(?<year>\d{4})(?![\d.,])", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<(Measure Measure, Regex Pattern)> vocabulary;
    private readonly ColumnOptions options;
    private readonly NumberOptions numbers;
    private readonly UnitReader units;
    private readonly Measure yearOnly;
    private readonly Measure laterYear;
    private readonly HashSet<Measure> fiscalYearDefault;
    private readonly HashSet<Measure> qualifying;

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
        qualifying = options.QualifyingMeasures.Select(MeasureOf).ToHashSet();
    }

    /// <summary>
    /// Types a column from its header levels, top to bottom (blank levels are ignored). A level that names a measure
    /// decides it; a level that is only a year gives the year, and its year-only measure only when no level names one
    /// ("Regnskab" over "2018" is the actual of 2018). Levels naming different measures are recorded as a conflict.
    /// </summary>
    public BudgetColumn Parse(IReadOnlyList<string> path, int? fiscalYear)
    {
        var parts = path.Select(p => Normalise(p)).Where(p => p.Length > 0).ToList();
        var label = string.Join(" / ", parts);
        var named = new List<Measure>();
        var measure = Measure.Unknown;
        var yearOnlyMeasure = Measure.Unknown;
        int? year = null;
        Unit? unit = null;
        foreach (var part in parts)
        {
            var (levelMeasure, levelYear, levelUnit, isYearOnly) = ReadLevel(part, fiscalYear);
            if (isYearOnly)
            {
                yearOnlyMeasure = levelMeasure;
            }
            else if (levelMeasure != Measure.Unknown)
            {
                measure = levelMeasure;
                named.Add(levelMeasure);
            }

            year = levelYear ?? year;
            unit = levelUnit ?? unit;
        }

        if (measure == Measure.Unknown)
        {
            measure = yearOnlyMeasure;
        }

        var inferred = false;
        if (year is null && fiscalYear is not null && fiscalYearDefault.Contains(measure))
        {
            year = fiscalYear;
            inferred = true;
        }

        var contradicting = named.Where(m => !qualifying.Contains(m)).Distinct().ToList();
        return new BudgetColumn(label, measure, year, inferred, unit)
        {
            ConflictingMeasures = contradicting.Count > 1 ? contradicting : [],
        };
    }

    /// <summary>Types one header level.</summary>
    public (Measure Measure, int? Year, Unit? Unit) Read(string header, int? fiscalYear)
    {
        var (measure, year, unit, _) = ReadLevel(header, fiscalYear);
        return (measure, year, unit);
    }

    /// <summary>Types one header level, and tells whether it is only a year (its measure then a default, not printed).</summary>
    private (Measure Measure, int? Year, Unit? Unit, bool YearOnly) ReadLevel(string header, int? fiscalYear)
    {
        var (rest, unit) = units.Strip(Normalise(header));
        rest = WithoutPriceBasis(rest);
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
                return (Measure.Unknown, null, unit, false);
            }

            return (fiscalYear is not null && year > fiscalYear ? laterYear : yearOnly, year, unit, true);
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

            return (measure, year, unit, false);
        }

        return (Measure.Unknown, year, unit, false);
    }

    /// <summary>The header without the price level it states ("Budget 2026 (2026-priser)" → "Budget 2026"): a price year is not the column's year.</summary>
    private string WithoutPriceBasis(string text)
    {
        foreach (var basis in PriceBasis.FindAll(text, numbers))
        {
            text = text.Replace(basis.Printed, " ", StringComparison.Ordinal);
        }

        return Normalise(EmptyBrackets.Replace(text, " "));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Measure MeasureOf(string name) =>
        MeasureNames.TryParse(name, out var measure) ? measure : throw new ArgumentException($"Unknown measure '{name}'.", nameof(name));
}
