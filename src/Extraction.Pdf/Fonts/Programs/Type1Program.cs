using System.Globalization;
using System.Text;
using Extraction.Pdf.Fonts.Encodings;

namespace Extraction.Pdf.Fonts.Programs;

/// <summary>
/// The cleartext part of a Type 1 font program (Adobe Type 1 Font Format, §2): enough to read the font's built-in
/// /Encoding, either "StandardEncoding" or an array filled by "dup code /name put".
/// </summary>
internal static class Type1Program
{
    /// <summary>The cleartext of a Type 1 font never needs more than this to reach /Encoding.</summary>
    private const int MaxCleartext = 1 << 20;

    /// <summary>Glyph name per code from the font's /Encoding; null when the program has none or cannot be read.</summary>
    public static string?[]? ReadEncoding(ReadOnlySpan<byte> program)
    {
        var text = Cleartext(program);
        var tokens = new PostScriptTokens(text);
        while (tokens.Next() is { } token)
        {
            if (token != "/Encoding")
            {
                continue;
            }

            var value = tokens.Next();
            if (value == "StandardEncoding")
            {
                return (string?[])StandardEncoding.Names.Clone();
            }

            if (value is not null && TryInteger(value, out _))
            {
                return ReadArray(ref tokens);
            }
        }

        return null;
    }

    /// <summary>"dup 65 /A put" entries until the array is defined.</summary>
    private static string?[] ReadArray(ref PostScriptTokens tokens)
    {
        var names = new string?[256];
        string? previous2 = null, previous1 = null;
        while (tokens.Next() is { } token && token is not ("def" or "readonly" or "eexec"))
        {
            if (token == "put" && previous1 is ['/', ..] && previous2 is not null && TryInteger(previous2, out var code) && code is >= 0 and < 256)
            {
                names[code] = previous1[1..];
            }

            (previous2, previous1) = (previous1, token);
        }

        return names;
    }

    /// <summary>Integers, including PostScript radix numbers ("8#101").</summary>
    private static bool TryInteger(string token, out int value)
    {
        var hash = token.IndexOf('#');
        if (hash < 0)
        {
            return int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        if (!int.TryParse(token.AsSpan(0, hash), NumberStyles.None, CultureInfo.InvariantCulture, out var radix) || radix is < 2 or > 36)
        {
            return false;
        }

        foreach (var c in token.AsSpan(hash + 1))
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (digit >= radix || value > 0xFFFF)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        return hash + 1 < token.Length;
    }

    /// <summary>PFB files start with a segment header (0x80 0x01, little-endian length); PFA text runs up to "eexec".</summary>
    private static string Cleartext(ReadOnlySpan<byte> program)
    {
        if (program.Length >= 6 && program[0] == 0x80 && program[1] == 0x01)
        {
            var length = program[2] | (program[3] << 8) | (program[4] << 16) | (program[5] << 24);
            program = program[6..];
            if (length >= 0 && length < program.Length)
            {
                program = program[..length];
            }
        }

        if (program.Length > MaxCleartext)
        {
            program = program[..MaxCleartext];
        }

        var end = program.IndexOf("eexec"u8);
        return Encoding.Latin1.GetString(end >= 0 ? program[..end] : program);
    }

    /// <summary>Splits PostScript text into tokens: names keep their slash, comments and strings are skipped.</summary>
    private ref struct PostScriptTokens
    {
        private readonly string text;
        private int position;

        public PostScriptTokens(string text)
        {
            this.text = text;
        }

        public string? Next()
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (char.IsWhiteSpace(c) || c == '\0')
                {
                    position++;
                }
                else if (c == '%')
                {
                    SkipWhile(ch => ch is not ('\n' or '\r'));
                }
                else if (c == '(')
                {
                    SkipString();
                }
                else if (c is '[' or ']' or '{' or '}')
                {
                    position++;
                    return c.ToString();
                }
                else
                {
                    var start = position++;
                    SkipWhile(ch => !char.IsWhiteSpace(ch) && ch is not ('/' or '[' or ']' or '{' or '}' or '(' or '%' or '\0'));
                    return text[start..position];
                }
            }

            return null;
        }

        private void SkipWhile(Func<char, bool> predicate)
        {
            while (position < text.Length && predicate(text[position]))
            {
                position++;
            }
        }

        private void SkipString()
        {
            var depth = 0;
            while (position < text.Length)
            {
                var c = text[position++];
                if (c == '\\')
                {
                    position++;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    return;
                }
            }
        }
    }
}
