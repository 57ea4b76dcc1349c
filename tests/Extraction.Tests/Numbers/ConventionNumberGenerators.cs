using System.Globalization;
using System.Text;
using Extraction.Document.Numbers;
using FsCheck.Fluent;
using FsCheck;

namespace Extraction.Tests.Numbers;

/// <summary>A value and how one number convention prints it ("1.234,5", "1 234,5", "1,234.5").</summary>
public sealed record ConventionNumber(decimal Value, string Text, NumberConvention Convention);

/// <summary>A table column of numbers printed in one convention, one of them with both a thousands group and decimals.</summary>
public sealed record ConventionColumn(NumberConvention Convention, IReadOnlyList<ConventionNumber> Cells);

/// <summary>Generators of numbers printed in each convention, for the cell reader's and the convention decision's properties.</summary>
public static class ConventionNumberGenerators
{
    private static readonly Gen<NumberConvention> Conventions = Gen.Elements(NumberConvention.Danish, NumberConvention.SpaceGrouped, NumberConvention.English);

    public static Arbitrary<ConventionNumber> ConventionNumber() =>
        (from convention in Conventions from number in Number(convention, Gen.Choose(0, 2)) select number).ToArbitrary();

    public static Arbitrary<ConventionColumn> ConventionColumn() =>
        (from convention in Conventions
         from telling in Number(convention, Gen.Choose(1, 2), minimum: 1000)
         from others in Gen.ListOf(Number(convention, Gen.Choose(0, 2)))
         from position in Gen.Choose(0, others.Count)
         select new ConventionColumn(convention, others.Take(position).Append(telling).Concat(others.Skip(position)).ToList()))
        .ToArbitrary();

    private static Gen<ConventionNumber> Number(NumberConvention convention, Gen<int> decimalCount, long minimum = 0) =>
        from magnitude in Gen.Choose(0, 99_999).SelectMany(high => Gen.Choose(0, 9_999).Select(low => Math.Max(minimum, (long)high * 10_000 + low)))
        from negative in Gen.Elements(false, true)
        from decimals in decimalCount
        from fraction in Gen.Choose(1, 99)
        select Print(convention, magnitude, negative, decimals, fraction);

    private static ConventionNumber Print(NumberConvention convention, long magnitude, bool negative, int decimals, int fraction)
    {
        var (group, point) = convention switch
        {
            NumberConvention.English => (',', '.'),
            NumberConvention.SpaceGrouped => (' ', ','),
            _ => ('.', ','),
        };
        var digits = magnitude.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(negative ? "-" : string.Empty);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(group);
            }

            text.Append(digits[i]);
        }

        var value = (decimal)magnitude;
        if (decimals > 0)
        {
            var fractionDigits = (fraction % (int)Math.Pow(10, decimals)).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
            text.Append(point).Append(fractionDigits);
            value += decimal.Parse("0." + fractionDigits, CultureInfo.InvariantCulture);
        }

        return new ConventionNumber(negative ? -value : value, text.ToString(), convention);
    }
}
