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
    private readonly decimal largest;

    public CellNumberReader(NumberOptions options)
    {
        units = new UnitReader(options);
        parenthesesAreNegative = options.ParenthesesAreNegative;
        percent = new Unit("%", options.PercentUnit, 1);
        largest = (decimal)Math.Pow(10, options.MaxIntegerDigits);
    }

    public CellNumber Read(string? text, NumberConvention convention) => Read(Cell(text), convention, parenthesesAreNegative);

    /// <summary>The cell read in each of <paramref name="conventions"/>, in their order; the text is taken apart once for all of them.</summary>
    public IReadOnlyList<CellNumber> ReadEach(string? text, IReadOnlyList<NumberConvention> conventions)
    {
        var printed = Cell(text);
        var readings = new CellNumber[conventions.Count];
        for (var i = 0; i < readings.Length; i++)
        {
            readings[i] = Read(printed, conventions[i], parenthesesAreNegative);
        }

        return readings;
    }

    /// <summary>
    /// True when one of <paramref name="conventions"/> reads the cell as a number, accounting parentheses included
    /// whatever numbers.parentheses_are_negative says: for finding tables, before a table's convention is decided
    /// (whether "(12.440)" is negative is the reading's question, not the finding's).
    /// </summary>
    public bool IsFigure(string? text, IReadOnlyList<NumberConvention> conventions)
    {
        // Most text on a page starts otherwise; only what may be a figure pays for looking for a unit in it.
        var start = (text ?? string.Empty).TrimStart();
        if (start.Length == 0 || !(char.IsAsciiDigit(start[0]) || start[0] == '(' || Minus.Contains(start[0])))
        {
            return false;
        }

        var printed = Cell(text);
        return printed.Kind == NumberKind.Value && conventions.Any(c => Read(printed, c, parenthesesNegative: true).Kind == NumberKind.Value);
    }

    /// <summary>
    /// True when <paramref name="convention"/> reads the cell as a number whose decimal mark is followed by exactly three
    /// digits ("1.234" in English, "1,234" in Danish): the form another convention reads as a thousands group.
    /// </summary>
    public bool HasThreeDecimals(string? text, NumberConvention convention)
    {
        var printed = Cell(text);
        if (Read(printed, convention, parenthesesNegative: true).Kind != NumberKind.Value)
        {
            return false;
        }

        var body = printed.Body.TrimEnd(')');
        var mark = body.LastIndexOf(convention == NumberConvention.English ? '.' : ',');
        return mark >= 0 && body.Length - mark - 1 == 3;
    }

    /// <summary>What is printed, once: its kind, the number without unit, and the unit.</summary>
    private Printed Cell(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var plain = DanishNumber.Parse(trimmed);
        if (plain.Kind is NumberKind.Blank or NumberKind.Dash or NumberKind.Placeholder)
        {
            return new Printed(plain.Kind, trimmed, trimmed, null);
        }

        var (body, unit) = WithoutUnit(trimmed);
        return new Printed(NumberKind.Value, trimmed, body, unit);
    }

    private CellNumber Read(Printed printed, NumberConvention convention, bool parenthesesNegative)
    {
        if (printed.Kind != NumberKind.Value)
        {
            return new CellNumber(printed.Kind, null, printed.Text);
        }

        var body = printed.Body;
        var parenthesised = body.Length > 2 && body[0] == '(' && body[^1] == ')';
        if (parenthesised)
        {
            if (!parenthesesNegative)
            {
                return new CellNumber(NumberKind.Text, null, printed.Text);
            }

            body = body[1..^1].Trim();
        }

        var negative = body.Length > 0 && Minus.Contains(body[0]);
        body = negative ? body[1..].TrimStart() : body;
        var value = negative && parenthesised ? null : Unsigned(body, convention);
        return value is null || value >= largest
            ? new CellNumber(NumberKind.Text, null, printed.Text)
            : new CellNumber(NumberKind.Value, negative || parenthesised ? -value.Value : value.Value, printed.Text) { NegativeByParentheses = parenthesised, Unit = printed.Unit };
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

        // Units are named in words ("kr.", "mio. kr."): a cell without a letter names none, and most cells are spared
        // the unit patterns (a table's cells are read once per convention while its convention is decided).
        if (!text.Any(char.IsLetter))
        {
            return (text, null);
        }

        var (rest, unit) = units.Strip(text);
        return unit is not null && rest.Length > 0 && char.IsAsciiDigit(rest[^1]) && text.StartsWith(rest, StringComparison.Ordinal)
            ? (rest, unit)
            : (text, null);
    }

    /// <summary>The digits as a number; null when they do not fit a decimal (a run of codes, not an amount).</summary>
    private static decimal? Parsed(string digits) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static decimal? Unsigned(string body, NumberConvention convention)
    {
        if (body.Length == 0 || !char.IsAsciiDigit(body[0]))
        {
            return null;
        }

        switch (convention)
        {
            case NumberConvention.English when English.IsMatch(body):
                return Parsed(body.Replace(",", string.Empty, StringComparison.Ordinal));
            case NumberConvention.SpaceGrouped when SpaceGrouped.IsMatch(body):
                var digits = string.Concat(body.Where(c => char.IsAsciiDigit(c) || c == ',')).Replace(',', '.');
                return Parsed(digits);
            case NumberConvention.Danish:
                var danish = DanishNumber.Parse(body);
                return danish.Kind == NumberKind.Value && danish.Value >= 0 ? danish.Value : null;
            default:
                return null;
        }
    }

    /// <summary>A cell's text as printed and without the unit printed after its number; Kind is Value for anything that may be a number.</summary>
    private readonly record struct Printed(NumberKind Kind, string Text, string Body, Unit? Unit);
}
