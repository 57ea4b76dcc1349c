namespace Extraction.Pdf.Fonts.Simple;

/// <summary>
/// Glyph names that carry their code as a number: "xx" or "Axx" in hexadecimal, or decimal after up to two letters
/// ("g12", "c65", "cs123"). Some producers name every glyph so; poppler reads the number as the Unicode value.
/// </summary>
internal static class NumericName
{
    public static bool TryParse(string name, bool hex, out int value)
    {
        value = 0;
        var span = name.AsSpan();
        if (hex)
        {
            var alphanumeric = 0;
            while (alphanumeric < span.Length && char.IsAsciiLetterOrDigit(span[alphanumeric]))
            {
                alphanumeric++;
            }

            if (alphanumeric == 3 && char.IsAsciiLetter(span[0]))
            {
                span = span[1..];
            }
            else if (alphanumeric != 2)
            {
                return false;
            }
        }
        else
        {
            for (var i = 0; i < 2 && span.Length > 0 && char.IsAsciiLetter(span[0]); i++)
            {
                span = span[1..];
            }
        }

        var digits = 0;
        long number = 0;
        while (digits < span.Length && IsDigit(span[digits], hex) && number <= 0x10FFFF)
        {
            number = (number * (hex ? 16 : 10)) + DigitValue(span[digits]);
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        // Trailing punctuation is tolerated; trailing letters or digits mean the name is not a number.
        foreach (var c in span[digits..])
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        if (number > 0x10FFFF || number is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    private static bool IsDigit(char c, bool hex) => hex ? char.IsAsciiHexDigit(c) : char.IsAsciiDigit(c);

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}
