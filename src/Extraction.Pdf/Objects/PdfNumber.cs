using System.Globalization;

namespace Extraction.Pdf.Objects;

/// <summary>An integer or real number. Integers are kept exact because object numbers and offsets are integers.</summary>
public sealed class PdfNumber : PdfObject
{
    private static readonly PdfNumber[] SmallIntegers = Enumerable.Range(-1, 258).Select(i => new PdfNumber(i, i, true)).ToArray();

    private PdfNumber(double value, long integer, bool isInteger)
    {
        Value = value;
        IntegerValue = integer;
        IsInteger = isInteger;
    }

    public double Value { get; }

    public long IntegerValue { get; }

    public bool IsInteger { get; }

    /// <summary>The value as an int, saturated rather than wrapped when it does not fit.</summary>
    public int IntValue => (int)Math.Clamp(IsInteger ? IntegerValue : (long)Math.Round(Value), int.MinValue, int.MaxValue);

    public static PdfNumber Of(long integer) =>
        integer is >= -1 and <= 256 ? SmallIntegers[integer + 1] : new PdfNumber(integer, integer, true);

    public static PdfNumber Of(double real) => new(real, (long)Math.Round(Math.Clamp(real, long.MinValue, long.MaxValue)), false);

    public override string ToString() =>
        IsInteger ? IntegerValue.ToString(CultureInfo.InvariantCulture) : Value.ToString("0.######", CultureInfo.InvariantCulture);
}
