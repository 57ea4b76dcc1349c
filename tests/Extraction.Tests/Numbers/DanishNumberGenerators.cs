using System.Globalization;
using System.Text;
using FsCheck.Fluent;
using FsCheck;

namespace Extraction.Tests.Numbers;

/// <summary>A number and the way a Danish document prints it ("-2.130", "0,54", "155.938").</summary>
public sealed record PrintedNumber(decimal Value, string Text);

/// <summary>Generators of printed Danish numbers and of arbitrary text for the number parser's properties.</summary>
public static class DanishNumberGenerators
{
    private static readonly string[] MinusSigns = ["-", "\u2212", "\u2013"];

    /// <summary>Thousands separators: the point, or a no-break, thin or narrow no-break space.</summary>
    private static readonly char[] GroupSeparators = ['.', '\u00A0', '\u2009', '\u202F'];

    /// <summary>Numbers with thousands grouped by "." or a no-break or thin space, any sign, up to three decimals.</summary>
    public static Arbitrary<PrintedNumber> PrintedNumber() =>
        (from magnitude in Gen.Choose(0, 999_999).SelectMany(high => Gen.Choose(0, 999_999).Select(low => (long)high * 1_000_000 + low))
         from negative in Gen.Elements(false, true)
         from minus in Gen.Elements(MinusSigns)
         from decimals in Gen.Choose(0, 3)
         from fraction in Gen.Choose(0, 999)
         from separator in Gen.Elements(GroupSeparators)
         select Print(magnitude, negative && (magnitude > 0 || decimals > 0 && fraction > 0), minus, decimals, fraction, separator))
        .ToArbitrary();

    private static PrintedNumber Print(long magnitude, bool negative, string minus, int decimals, int fraction, char separator)
    {
        var digits = magnitude.ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(separator);
            }

            grouped.Append(digits[i]);
        }

        var value = (decimal)magnitude;
        if (decimals > 0)
        {
            var fractionDigits = (fraction % (int)Math.Pow(10, decimals)).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
            grouped.Append(',').Append(fractionDigits);
            value += decimal.Parse("0." + fractionDigits, CultureInfo.InvariantCulture);
        }

        return new PrintedNumber(negative ? -value : value, (negative ? minus : string.Empty) + grouped);
    }
}
