using System.Globalization;
using System.Text;
using Extraction.Pdf.Objects;
using static Extraction.Pdf.Tokenization.CharacterClass;

namespace Extraction.Pdf.Tokenization;

/// <summary>
/// Splits PDF bytes into tokens (ISO 32000-1 §7.2–7.3). Lenient like the readers users compare us with:
/// malformed numbers, unbalanced strings and stray bytes yield a best-effort token rather than an exception.
/// </summary>
public sealed class PdfLexer
{
    /// <summary>Tokens between two looks at the cancellation token.</summary>
    private const int CancellationStride = 4096;

    private readonly byte[] data;
    private readonly int end;
    private readonly List<byte> buffer = new();
    private readonly CancellationToken cancellation;
    private int tokensSinceCancellationCheck;

    public PdfLexer(byte[] data, int start = 0, int? end = null, CancellationToken cancellation = default)
    {
        this.data = data;
        Position = start;
        this.end = Math.Min(end ?? data.Length, data.Length);
        this.cancellation = cancellation;
    }

    public int Position { get; set; }

    public int End => end;

    public byte[] Data => data;

    /// <summary>Start offset of the token last returned.</summary>
    public int TokenStart { get; private set; }

    public long IntegerValue { get; private set; }

    public double RealValue { get; private set; }

    /// <summary>Bytes of the last string token; names and keywords are in <see cref="Text"/>.</summary>
    public byte[] StringBytes { get; private set; } = [];

    public string Text { get; private set; } = string.Empty;

    /// <summary>The name last read (a <see cref="TokenKind.Name"/> token); its text is also in <see cref="Text"/>.</summary>
    public PdfName Name { get; private set; } = PdfName.Of(string.Empty);

    public TokenKind Next()
    {
        if (++tokensSinceCancellationCheck >= CancellationStride)
        {
            tokensSinceCancellationCheck = 0;
            cancellation.ThrowIfCancellationRequested();
        }

        SkipWhitespaceAndComments();
        TokenStart = Position;
        if (Position >= end)
        {
            return TokenKind.EndOfInput;
        }

        var b = data[Position];
        switch (b)
        {
            case (byte)'[':
                Position++;
                return TokenKind.ArrayStart;
            case (byte)']':
                Position++;
                return TokenKind.ArrayEnd;
            case (byte)'{':
                Position++;
                return TokenKind.ProcedureStart;
            case (byte)'}':
                Position++;
                return TokenKind.ProcedureEnd;
            case (byte)'(':
                Position++;
                ReadLiteralString();
                return TokenKind.LiteralString;
            case (byte)'/':
                Position++;
                ReadName();
                return TokenKind.Name;
            case (byte)'<':
                if (Position + 1 < end && data[Position + 1] == '<')
                {
                    Position += 2;
                    return TokenKind.DictionaryStart;
                }

                Position++;
                ReadHexString();
                return TokenKind.HexString;
            case (byte)'>':
                Position += Position + 1 < end && data[Position + 1] == '>' ? 2 : 1;
                return TokenKind.DictionaryEnd;
            case (byte)')':
                // A stray closing parenthesis: treat as a one-byte keyword that parsers ignore.
                Position++;
                Text = ")";
                return TokenKind.Keyword;
        }

        if (IsDigit(b) || b is (byte)'+' or (byte)'-' or (byte)'.')
        {
            return ReadNumber();
        }

        var start = Position;
        while (Position < end && IsRegular(data[Position]))
        {
            Position++;
        }

        Text = KeywordTable.Get(data.AsSpan(start, Position - start));
        return TokenKind.Keyword;
    }

    /// <summary>Skips whitespace and comments; the parser calls it before reading stream data.</summary>
    public void SkipWhitespaceAndComments()
    {
        while (Position < end)
        {
            var b = data[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < end && data[Position] != '\n' && data[Position] != '\r')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private TokenKind ReadNumber()
    {
        var start = Position;
        var negative = false;
        var sawSign = false;
        while (Position < end && data[Position] is (byte)'+' or (byte)'-')
        {
            // Writers emit "--5" and "+-5": the last sign wins.
            negative = data[Position] == '-';
            sawSign = true;
            Position++;
        }

        long integer = 0;
        var digits = 0;
        var overflow = false;
        while (Position < end && IsDigit(data[Position]))
        {
            if (integer > (long.MaxValue - 9) / 10)
            {
                overflow = true;
            }
            else
            {
                integer = integer * 10 + (data[Position] - '0');
            }

            digits++;
            Position++;
        }

        if (Position < end && data[Position] == '.')
        {
            Position++;
            double fraction = 0;
            double scale = 1;
            while (Position < end && (IsDigit(data[Position]) || data[Position] == '-'))
            {
                // Some writers put a stray minus after the point ("4.-3"); ignore it.
                if (data[Position] != '-')
                {
                    fraction = fraction * 10 + (data[Position] - '0');
                    scale *= 10;
                    digits++;
                }

                Position++;
            }

            RealValue = (negative ? -1 : 1) * (integer + fraction / scale);
            SkipJunkAfterNumber();
            return digits == 0 && !sawSign ? ReadKeywordFrom(start) : TokenKind.Real;
        }

        if (digits == 0)
        {
            SkipJunkAfterNumber();
            RealValue = 0;
            IntegerValue = 0;
            return TokenKind.Integer;
        }

        if (overflow)
        {
            RealValue = double.Parse(Encoding.ASCII.GetString(data, start, Position - start).TrimStart('+'), CultureInfo.InvariantCulture);
            SkipJunkAfterNumber();
            return TokenKind.Real;
        }

        IntegerValue = negative ? -integer : integer;
        RealValue = IntegerValue;
        if (Position < end && IsRegular(data[Position]) && data[Position] is not ((byte)'+' or (byte)'-'))
        {
            // Digits run into letters ("12abc"): not a number at all.
            return ReadKeywordFrom(start);
        }

        return TokenKind.Integer;
    }

    private void SkipJunkAfterNumber()
    {
        while (Position < end && IsRegular(data[Position]) && (IsDigit(data[Position]) || data[Position] is (byte)'.' or (byte)'+' or (byte)'-'))
        {
            Position++;
        }
    }

    private TokenKind ReadKeywordFrom(int start)
    {
        Position = start;
        while (Position < end && IsRegular(data[Position]))
        {
            Position++;
        }

        Text = KeywordTable.Get(data.AsSpan(start, Position - start));
        return TokenKind.Keyword;
    }

    private void ReadName()
    {
        buffer.Clear();
        while (Position < end && IsRegular(data[Position]))
        {
            var b = data[Position];
            if (b == '#' && Position + 2 < end && HexValue(data[Position + 1]) >= 0 && HexValue(data[Position + 2]) >= 0)
            {
                buffer.Add((byte)(HexValue(data[Position + 1]) * 16 + HexValue(data[Position + 2])));
                Position += 3;
                continue;
            }

            buffer.Add(b);
            Position++;
        }

        var bytes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer);
        if (bytes.Length <= 64 && Ascii.IsValid(bytes))
        {
            // The common case: a short ASCII name, found among the shared names without allocating.
            Span<char> chars = stackalloc char[bytes.Length];
            Ascii.ToUtf16(bytes, chars, out _);
            Name = PdfName.Of(chars);
        }
        else
        {
            Name = PdfName.Of(Ascii.IsValid(bytes) ? Encoding.ASCII.GetString(bytes) : DecodeNameBytes(bytes));
        }

        Text = Name.Value;
    }

    /// <summary>Names are byte sequences; UTF-8 is the usual intent (PDF 2.0), Latin-1 the fallback.</summary>
    private static string DecodeNameBytes(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private void ReadLiteralString()
    {
        buffer.Clear();
        var depth = 1;
        while (Position < end)
        {
            var b = data[Position++];
            switch (b)
            {
                case (byte)'(':
                    depth++;
                    buffer.Add(b);
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        StringBytes = buffer.ToArray();
                        return;
                    }

                    buffer.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape();
                    break;
                case (byte)'\r':
                    // An unescaped end of line in a string is read as a single newline.
                    if (Position < end && data[Position] == '\n')
                    {
                        Position++;
                    }

                    buffer.Add((byte)'\n');
                    break;
                default:
                    buffer.Add(b);
                    break;
            }
        }

        StringBytes = buffer.ToArray();
    }

    private void ReadEscape()
    {
        if (Position >= end)
        {
            return;
        }

        var e = data[Position++];
        switch (e)
        {
            case (byte)'n': buffer.Add((byte)'\n'); return;
            case (byte)'r': buffer.Add((byte)'\r'); return;
            case (byte)'t': buffer.Add((byte)'\t'); return;
            case (byte)'b': buffer.Add(8); return;
            case (byte)'f': buffer.Add(12); return;
            case (byte)'\r':
                if (Position < end && data[Position] == '\n')
                {
                    Position++;
                }

                return;
            case (byte)'\n':
                return;
        }

        if (e is >= (byte)'0' and <= (byte)'7')
        {
            var value = e - '0';
            for (var i = 0; i < 2 && Position < end && data[Position] is >= (byte)'0' and <= (byte)'7'; i++)
            {
                value = value * 8 + (data[Position++] - '0');
            }

            buffer.Add((byte)value);
            return;
        }

        buffer.Add(e);
    }

    private void ReadHexString()
    {
        buffer.Clear();
        var high = -1;
        while (Position < end)
        {
            var b = data[Position++];
            if (b == '>')
            {
                break;
            }

            var v = HexValue(b);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                buffer.Add((byte)(high * 16 + v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            buffer.Add((byte)(high * 16));
        }

        StringBytes = buffer.ToArray();
    }
}
