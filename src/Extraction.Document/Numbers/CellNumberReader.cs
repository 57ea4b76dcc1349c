using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Document.Numbers;

/// <summary>
/// Reads table cells in one <see cref="NumberConvention"/>: a sign ("-", "−", "–", "÷"), accounting parentheses where
/// numbers.parentheses_are_negative says so, a unit or "%" in the cell, "-"/"–"/blank as no value. A cell that is not a
/// number in the convention is text: it is never read in another convention than its table's.
/// </summary>
public sealed class CellNumberReader
{
    private static readonly char[] Minus = ['-', '\u2212', '\u2013', '\u2014', '\u00F7'];
    private static readonly Regex English = new(@"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex SpaceGrouped = new(@"^(\d{1,3}([ \u00A0\u2009\u202F]\d{3})+|\d+)(,\d+)?$", RegexOptions.CultureInvariant);

    private readonly UnitReader units;
    private readonly bool parenthesesAreNegative;
    private readonly Unit percent;

    public CellNumberReader(NumberOptions options)
    {
        units = new UnitReader(options);
        parenthesesAreNegative = options.ParenthesesAreNegative;
        percent = new Unit("%", options.PercentUnit, 1);
    }

    public CellNumber Read(string? text, NumberConvention convention)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var plain = DanishNumber.Parse(trimmed);
        if (plain.Kind is NumberKind.Blank or NumberKind.Dash or NumberKind.Placeholder)
        {
            return new CellNumber(plain.Kind, null, trimmed);
        }

        var (body, unit) = WithoutUnit(trimmed);
        var parenthesised = body.Length > 2 && body[0] == '(' && body[^1] == ')';
        if (parenthesised)
        {
            if (!parenthesesAreNegative)
            {
                return new CellNumber(NumberKind.Text, null, trimmed);
            }

            body = body[1..^1].Trim();
        }

        var negative = body.Length > 0 && Minus.Contains(body[0]);
        body = negative ? body[1..].TrimStart() : body;
        var value = negative && parenthesised ? null : Unsigned(body, convention);
        return value is null
            ? new CellNumber(NumberKind.Text, null, trimmed)
            : new CellNumber(NumberKind.Value, negative || parenthesised ? -value.Value : value.Value, trimmed) { NegativeByParentheses = parenthesised, Unit = unit };
    }

    /// <summary>True when the cell is a number in <paramref name="convention"/>.</summary>
    public bool Reads(string? text, NumberConvention convention) => Read(text, convention).Kind == NumberKind.Value;

    /// <summary>The cell without a unit or "%" printed after its number.</summary>
    private (string Body, Unit? Unit) WithoutUnit(string text)
    {
        if (text.EndsWith('%'))
        {
            return (text[..^1].TrimEnd(), percent);
        }

        var (rest, unit) = units.Strip(text);
        return unit is not null && rest.Length > 0 && char.IsAsciiDigit(rest[^1]) && text.StartsWith(rest, StringComparison.Ordinal)
            ? (rest, unit)
            : (text, null);
    }

    private static decimal? Unsigned(string body, NumberConvention convention)
    {
        if (body.Length == 0 || !char.IsAsciiDigit(body[0]))
        {
            return null;
        }

        switch (convention)
        {
            case NumberConvention.English when English.IsMatch(body):
                return decimal.Parse(body.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            case NumberConvention.SpaceGrouped when SpaceGrouped.IsMatch(body):
                var digits = string.Concat(body.Where(c => char.IsAsciiDigit(c) || c == ',')).Replace(',', '.');
                return decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            case NumberConvention.Danish:
                var danish = DanishNumber.Parse(body);
                return danish.Kind == NumberKind.Value && danish.Value >= 0 ? danish.Value : null;
            default:
                return null;
        }
    }
}
