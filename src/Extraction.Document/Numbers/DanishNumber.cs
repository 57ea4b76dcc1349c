using System.Globalization;

namespace Extraction.Document.Numbers;

/// <summary>
/// A number as printed in a Danish document: "." groups thousands, "," marks decimals ("4.511" = 4511,
/// "2,000" = 2.0, "0,54" = 0.54), minus may be "-", "−", "–" or "÷". A point followed by other than three digits
/// is a decimal point ("1.8" = 1.8), as in prose written the English way. A no-break or thin space may group
/// thousands instead of the point ("15 455" = 15455), as the Danish standard allows; an ordinary space does not,
/// because cell text joins the words of separate lines with one ("100" over "200" is not 100200).
/// </summary>
public readonly record struct DanishNumber(NumberKind Kind, decimal? Value, string Text)
{
    private static readonly char[] Minus = ['-', '\u2212', '\u2013', '\u2014', '\u00F7'];

    /// <summary>Spaces that group thousands: no-break space, thin space, narrow no-break space.</summary>
    private static readonly char[] GroupSpaces = ['\u00A0', '\u2009', '\u202F'];

    /// <summary>The space the layout stage puts between the digit groups of one number printed with spaces.</summary>
    public const char GroupSpace = '\u202F';

    public static DanishNumber Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new DanishNumber(NumberKind.Blank, null, trimmed);
        }

        if (trimmed.Length == 1 && Minus.Contains(trimmed[0]))
        {
            return new DanishNumber(NumberKind.Dash, null, trimmed);
        }

        if (IsPlaceholder(trimmed))
        {
            return new DanishNumber(NumberKind.Placeholder, null, trimmed);
        }

        var negative = Minus.Contains(trimmed[0]);
        var body = negative ? trimmed[1..].TrimStart() : trimmed;
        var value = ParseUnsigned(body);
        return value is null
            ? new DanishNumber(NumberKind.Text, null, trimmed)
            : new DanishNumber(NumberKind.Value, negative ? -value.Value : value.Value, trimmed);
    }

    /// <summary>True for a bare four-digit year such as "2026" (no separators), as printed in headers and prose.</summary>
    public static bool IsYear(string text, int minYear, int maxYear) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var y && y >= minYear && y <= maxYear;

    private static bool IsPlaceholder(string text) =>
        text.Any(c => c is 'x' or 'X') && text.All(c => c is 'x' or 'X' or '.' or ',') && char.IsLetter(text[0]);

    private static decimal? ParseUnsigned(string body)
    {
        if (body.Length == 0 || !char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1]))
        {
            return null;
        }

        var comma = body.IndexOf(',');
        if (comma >= 0 && body.IndexOf(',', comma + 1) >= 0)
        {
            return null;
        }

        var integerPart = comma < 0 ? body : body[..comma];
        var fraction = comma < 0 ? string.Empty : body[(comma + 1)..];
        if (fraction.Length > 0 && !fraction.All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = GroupedDigits(integerPart);
        if (digits is null)
        {
            // Not thousands groups: a single point with other than three digits after it is a decimal point ("1.8").
            if (comma >= 0 || !IsPointDecimal(integerPart))
            {
                return null;
            }

            return decimal.Parse(integerPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        var number = digits + (fraction.Length > 0 ? "." + fraction : string.Empty);
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>"155.938" or "155 938" (no-break or thin space) → "155938"; "4511" → "4511"; null when the points or spaces do not group thousands.</summary>
    private static string? GroupedDigits(string text)
    {
        var spaced = text.IndexOfAny(GroupSpaces) >= 0;
        if (spaced && text.Contains('.'))
        {
            return null;
        }

        var groups = spaced ? text.Split(GroupSpaces) : text.Split('.');
        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)))
        {
            return null;
        }

        if (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return null;
        }

        return string.Concat(groups);
    }

    private static bool IsPointDecimal(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) && parts[1].Length != 3;
    }
}
