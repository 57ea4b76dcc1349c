using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Document.Numbers;

/// <summary>
/// Reads a date as Danish documents print it: "01.01.2026", "1/1 2026", "1-1-2026", "2026-01-01" or written out,
/// "1. januar 2026" (month names from pipeline.json). Anything else, or a day that does not exist, is no date.
/// </summary>
public sealed class DanishDate
{
    private static readonly Regex Numeric = new(@"^(?<day>\d{1,2})[./-](?<month>\d{1,2})(?:[./-]|\s+)(?<year>\d{4})$", RegexOptions.CultureInvariant);
    private static readonly Regex Iso = new(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex Written = new(@"^(?<day>\d{1,2})\.?\s+(?<month>\p{L}+)\.?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<string> months;

    public DanishDate(IReadOnlyList<string> monthNames)
    {
        months = monthNames;
    }

    public DateOnly? Parse(string? text)
    {
        var trimmed = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Numeric.Match(trimmed) is { Success: true } n && Number(n.Groups["month"].Value) is { } m1)
        {
            return Build(n, m1);
        }

        if (Iso.Match(trimmed) is { Success: true } iso && Number(iso.Groups["month"].Value) is { } m2)
        {
            return Build(iso, m2);
        }

        if (Written.Match(trimmed) is { Success: true } w)
        {
            var month = Month(w.Groups["month"].Value);
            return month is null ? null : Build(w, month.Value);
        }

        return null;
    }

    private int? Month(string name)
    {
        for (var i = 0; i < months.Count; i++)
        {
            if (string.Equals(months[i], name, StringComparison.OrdinalIgnoreCase)
                || (name.Length >= 3 && months[i].StartsWith(name, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateOnly? Build(Match match, int month)
    {
        var day = Number(match.Groups["day"].Value);
        var year = Number(match.Groups["year"].Value);
        return day is null || year is null || month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year.Value, month)
            ? null
            : new DateOnly(year.Value, month, day.Value);
    }
}
