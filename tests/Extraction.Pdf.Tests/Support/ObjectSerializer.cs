using System.Globalization;
using System.Text;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Tests.Support;

/// <summary>
/// Writes object trees as PDF syntax, choosing among the equivalent spellings the specification allows (escapes,
/// octal codes, #xx in names, hex digit case, whitespace, comments, no space at all next to delimiters) from a seed.
/// </summary>
internal sealed class ObjectSerializer
{
    private readonly Random random;
    private readonly bool compact;
    private readonly StringBuilder output = new();
    private bool previousEndsRegular;

    private ObjectSerializer(int seed, bool compact)
    {
        random = new Random(seed);
        this.compact = compact;
    }

    /// <summary>The object's bytes (Latin-1: one char per byte). Compact output puts whitespace only where tokens would merge.</summary>
    public static byte[] Write(PdfObject value, int seed, bool compact)
    {
        var serializer = new ObjectSerializer(seed, compact);
        serializer.Append(value);
        return Encoding.Latin1.GetBytes(serializer.output.ToString());
    }

    public static string LiteralString(byte[] bytes, int seed) => new ObjectSerializer(seed, false).Literal(bytes);

    public static string HexString(byte[] bytes, int seed) => new ObjectSerializer(seed, false).Hex(bytes);

    public static string Name(string value, int seed) => new ObjectSerializer(seed, false).NameToken(value);

    private void Append(PdfObject value)
    {
        switch (value)
        {
            case PdfNull:
                Regular("null");
                break;
            case PdfBoolean b:
                Regular(b.Value ? "true" : "false");
                break;
            case PdfNumber { IsInteger: true } n:
                Regular(n.IntegerValue.ToString(CultureInfo.InvariantCulture));
                break;
            case PdfNumber n:
                Regular(n.Value.ToString("0.0####", CultureInfo.InvariantCulture));
                break;
            case PdfReference r:
                Regular(r.Id.Number.ToString(CultureInfo.InvariantCulture));
                Regular(r.Id.Generation.ToString(CultureInfo.InvariantCulture));
                Regular("R");
                break;
            case PdfName name:
                Emit(NameToken(name.Value), startsRegular: false, endsRegular: true);
                break;
            case PdfString { IsHex: true } s:
                Emit(Hex(s.Bytes), startsRegular: false, endsRegular: false);
                break;
            case PdfString s:
                Emit(Literal(s.Bytes), startsRegular: false, endsRegular: false);
                break;
            case PdfArray array:
                Emit("[", startsRegular: false, endsRegular: false);
                foreach (var item in array)
                {
                    Append(item);
                }

                Emit("]", startsRegular: false, endsRegular: false);
                break;
            case PdfDictionary dictionary:
                Emit("<<", startsRegular: false, endsRegular: false);
                foreach (var (key, item) in dictionary.Entries)
                {
                    Emit(NameToken(key), startsRegular: false, endsRegular: true);
                    Append(item);
                }

                Emit(">>", startsRegular: false, endsRegular: false);
                break;
            default:
                throw new ArgumentException("Cannot write " + value.GetType().Name);
        }
    }

    private void Regular(string text) => Emit(text, startsRegular: true, endsRegular: true);

    /// <summary>Writes a token, with whitespace before it when it would otherwise merge with the previous one (and at random when not compact).</summary>
    private void Emit(string text, bool startsRegular, bool endsRegular)
    {
        var required = previousEndsRegular && startsRegular;
        if (output.Length > 0 && (required || (!compact && random.Next(3) > 0)))
        {
            output.Append(compact ? " " : random.Next(6) switch
            {
                0 => "\n",
                1 => "\r\n",
                2 => "\t ",
                3 => " % a comment (with [delimiters] and <<\n",
                4 => "\f",
                _ => " ",
            });
        }

        output.Append(text);
        previousEndsRegular = endsRegular;
    }

    private string Literal(byte[] bytes)
    {
        // Balanced parentheses may stay unescaped; escaping them is always allowed.
        var keepParentheses = random.Next(2) == 0 && Balanced(bytes);
        var text = new StringBuilder("(");
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\\':
                    text.Append(@"\\");
                    break;
                case (byte)'(' or (byte)')':
                    text.Append(keepParentheses ? string.Empty : "\\").Append((char)b);
                    break;
                case (byte)'\n':
                    text.Append(random.Next(2) == 0 ? @"\n" : @"\012");
                    break;
                case (byte)'\r':
                    text.Append(random.Next(2) == 0 ? @"\r" : @"\015");
                    break;
                case (byte)'\t':
                    text.Append(random.Next(2) == 0 ? @"\t" : "\t");
                    break;
                case 8:
                    text.Append(@"\b");
                    break;
                case 12:
                    text.Append(@"\f");
                    break;
                default:
                    text.Append(b < 32 || b > 126 || random.Next(10) == 0 ? Octal(b) : ((char)b).ToString());
                    break;
            }
        }

        return text.Append(')').ToString();
    }

    /// <summary>A three-digit octal escape (shorter forms are tested with explicit examples, where what follows is known).</summary>
    private static string Octal(byte b) => "\\" + Convert.ToString(b, 8).PadLeft(3, '0');

    private static bool Balanced(byte[] bytes)
    {
        var depth = 0;
        foreach (var b in bytes)
        {
            depth += b == '(' ? 1 : b == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private string Hex(byte[] bytes)
    {
        var text = new StringBuilder("<");
        foreach (var b in bytes)
        {
            text.Append(b.ToString(random.Next(2) == 0 ? "x2" : "X2", CultureInfo.InvariantCulture));
            if (random.Next(6) == 0)
            {
                text.Append(random.Next(2) == 0 ? ' ' : '\n');
            }
        }

        return text.Append('>').ToString();
    }

    /// <summary>"/" and the name's UTF-8 bytes, delimiters, whitespace, '#' and non-ASCII written as #xx (others at random too).</summary>
    private string NameToken(string value)
    {
        var text = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var mustEscape = b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%';
            text.Append(mustEscape || random.Next(8) == 0 ? "#" + b.ToString(random.Next(2) == 0 ? "X2" : "x2", CultureInfo.InvariantCulture) : ((char)b).ToString());
        }

        return text.ToString();
    }
}
