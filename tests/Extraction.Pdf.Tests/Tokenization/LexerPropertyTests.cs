using System.Globalization;
using System.Text;
using Extraction.Pdf.Core;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tests.Support;
using Extraction.Pdf.Tokenization;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Pdf.Tests.Tokenization;

/// <summary>Every spelling of a number, string and name the specification allows reads back to its value.</summary>
[TestFixture]
public sealed class LexerPropertyTests
{
    [FsCheck.NUnit.Property]
    public Property Integers_read_back_with_signs_and_leading_zeros() =>
        Prop.ForAll(ObjectGenerators.Integers.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (value, zeros, sign) =>
        {
            var digits = new string('0', zeros) + Math.Abs(value).ToString(CultureInfo.InvariantCulture);
            var text = (value < 0 ? "-" : sign == 1 ? "+" : string.Empty) + digits;
            var lexer = Lexer(text);
            return lexer.Next() == TokenKind.Integer && lexer.IntegerValue == value;
        });

    [FsCheck.NUnit.Property]
    public Property Reals_read_back_in_every_spelling() =>
        Prop.ForAll(ObjectGenerators.Reals.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (real, style) =>
        {
            var value = real.Mantissa / Math.Pow(10, real.Decimals);
            var text = value.ToString("0." + new string('0', real.Decimals), CultureInfo.InvariantCulture);
            text = style switch
            {
                // ".5" and "-.5": no leading zero.
                1 => text.Replace("-0.", "-.").StartsWith("0.", StringComparison.Ordinal) ? text[1..] : text.Replace("-0.", "-."),
                // An explicit plus sign.
                2 when value >= 0 => "+" + text,
                _ => text,
            };
            var lexer = Lexer(text);
            return (lexer.Next() == TokenKind.Real && Math.Abs(lexer.RealValue - value) <= 1e-9 * Math.Max(1, Math.Abs(value))).Label(text);
        });

    [FsCheck.NUnit.Property]
    public Property Literal_strings_read_back_byte_for_byte() =>
        Prop.ForAll(ObjectGenerators.Bytes.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (bytes, seed) =>
        {
            var text = ObjectSerializer.LiteralString(bytes, seed);
            var lexer = Lexer(text);
            return (lexer.Next() == TokenKind.LiteralString && lexer.StringBytes.AsSpan().SequenceEqual(bytes) && lexer.Next() == TokenKind.EndOfInput).Label(text);
        });

    [FsCheck.NUnit.Property]
    public Property Hex_strings_read_back_byte_for_byte() =>
        Prop.ForAll(ObjectGenerators.Bytes.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (bytes, seed) =>
        {
            var text = ObjectSerializer.HexString(bytes, seed);
            var lexer = Lexer(text);
            return (lexer.Next() == TokenKind.HexString && lexer.StringBytes.AsSpan().SequenceEqual(bytes)).Label(text);
        });

    [FsCheck.NUnit.Property]
    public Property Names_with_hash_escapes_read_back() =>
        Prop.ForAll(ObjectGenerators.NameValues.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (name, seed) =>
        {
            var text = ObjectSerializer.Name(name, seed);
            var lexer = new PdfLexer(Encoding.Latin1.GetBytes(text));
            return (lexer.Next() == TokenKind.Name && lexer.Text == name).Label(text);
        });

    /// <summary>Arbitrary bytes never make the lexer or parser throw anything but a typed limit error, and reading ends.</summary>
    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Arbitrary_bytes_are_read_to_the_end() =>
        Prop.ForAll(ObjectGenerators.Bytes.ToArbitrary(), bytes =>
        {
            var parser = new ObjectParser(new PdfLexer(bytes), new ReaderLimits { MaxNestingDepth = 16 });
            try
            {
                for (var reads = 0; reads <= bytes.Length + 1; reads++)
                {
                    if (parser.Read() is null)
                    {
                        return true;
                    }
                }

                return false;
            }
            catch (PdfReadException ex)
            {
                return ex.Code == PdfErrorCode.LimitExceeded;
            }
        });

    [TestCase(@"(These \
two strings are the same.)", "These two strings are the same.")]
    [TestCase("(Strings may contain balanced parentheses ( ) and\nspecial characters (*!&}^% and so on).)", "Strings may contain balanced parentheses ( ) and\nspecial characters (*!&}^% and so on).")]
    [TestCase(@"(\53\053\0053)", "++\u00053")]
    [TestCase(@"(\7x\101)", "\u0007xA")]
    [TestCase("(a\r\nb\rc)", "a\nb\nc")]
    [TestCase(@"(\q unknown escapes keep the character)", "q unknown escapes keep the character")]
    public void Literal_strings_follow_the_specification_examples(string text, string expected)
    {
        var lexer = Lexer(text);

        Assert.That(lexer.Next(), Is.EqualTo(TokenKind.LiteralString));
        Assert.That(Encoding.Latin1.GetString(lexer.StringBytes), Is.EqualTo(expected));
    }

    [TestCase("/Name1", "Name1")]
    [TestCase("/A;Name_With-Various***Characters?", "A;Name_With-Various***Characters?")]
    [TestCase("/1.2", "1.2")]
    [TestCase("/Lime#20Green", "Lime Green")]
    [TestCase("/paired#28#29parentheses", "paired()parentheses")]
    [TestCase("/The_Key_of_F#23_Minor", "The_Key_of_F#_Minor")]
    [TestCase("/A#42", "AB")]
    [TestCase("/K#c3#b8benhavn", "København")]
    public void Names_follow_the_specification_examples(string text, string expected)
    {
        var lexer = Lexer(text);

        Assert.That(lexer.Next(), Is.EqualTo(TokenKind.Name));
        Assert.That(lexer.Text, Is.EqualTo(expected));
    }

    [TestCase("<901FA3>", new byte[] { 0x90, 0x1F, 0xA3 })]
    [TestCase("<901FA>", new byte[] { 0x90, 0x1F, 0xA0 })]
    [TestCase("<90 1f\na3>", new byte[] { 0x90, 0x1F, 0xA3 })]
    public void Hex_strings_follow_the_specification_examples(string text, byte[] expected)
    {
        var lexer = Lexer(text);

        Assert.That(lexer.Next(), Is.EqualTo(TokenKind.HexString));
        Assert.That(lexer.StringBytes, Is.EqualTo(expected));
    }

    private static PdfLexer Lexer(string text) => new(Encoding.Latin1.GetBytes(text));
}
