using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Pdf.Tests.Robustness.Fuzz;

/// <summary>
/// Seeded damage to PDF bytes for fuzzing the reader: the same input, kind and seed always give the same output.
/// Structural mutations work on the file's text (Latin-1, so bytes map one to one) and let the reader's repair find
/// objects whose offsets moved, as it must for real damaged files.
/// </summary>
public static partial class PdfMutations
{
    /// <summary>Zero bytes a bomb inflates to: many times any budget a fuzz run sets, cheap to build.</summary>
    public const long BombZeros = 64L * 1024 * 1024;

    private const int NestingDepth = 50_000;
    private const int OperatorRepeats = 2_000_000;
    private const int AnnotationRepeats = 50_000;

    private static readonly Lazy<byte[]> Bomb = new(() => Flate(Flate(Zeros(BombZeros))));
    private static readonly Lazy<byte[]> Operators = new(() => Flate(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("q Q ", OperatorRepeats)))));

    private static readonly string[] HugeValues = ["9223372036854775807", "-9223372036854775808", "99999999999999999999999", "2147483648", "-1", "1e308", "4294967296"];

    public static byte[] Mutate(byte[] pdf, MutationKind kind, Random rng)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(rng);
        if (pdf.Length < 2)
        {
            return pdf.ToArray();
        }

        return kind switch
        {
            MutationKind.Truncation => pdf[..rng.Next(1, pdf.Length)],
            MutationKind.ByteFlips => FlipBytes(pdf, rng),
            MutationKind.BrokenXref => BreakXref(Text(pdf), rng),
            MutationKind.ReferenceLoops => LoopReferences(Text(pdf), rng),
            MutationKind.DeepNesting => Nest(Text(pdf), rng),
            MutationKind.HugeNumbers => Enlarge(Text(pdf), rng),
            MutationKind.DecompressionBomb => ReplaceContent(Text(pdf), rng, "/Filter [/FlateDecode /FlateDecode]", Bomb.Value),
            MutationKind.HugeOperatorCounts => ReplaceContent(Text(pdf), rng, "/Filter /FlateDecode", Operators.Value),
            MutationKind.BrokenFonts => BreakFonts(pdf, Text(pdf), rng),
            MutationKind.AnnotationFanOut => FanOutAnnotations(Text(pdf), rng),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mutation."),
        };
    }

    private static byte[] FlipBytes(byte[] pdf, Random rng)
    {
        var copy = pdf.ToArray();
        for (var k = rng.Next(1, 33); k > 0; k--)
        {
            copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
        }

        return copy;
    }

    private static byte[] BreakXref(string text, Random rng)
    {
        var tail = Math.Max(0, text.LastIndexOf("xref", StringComparison.Ordinal) - 16);
        return rng.Next(4) switch
        {
            0 => Bytes(StartXrefOffset().Replace(text, m => m.Groups[1].Value + rng.Next(text.Length * 2).ToString(CultureInfo.InvariantCulture), 1)),
            1 => Bytes(text.Replace("/Root", "/R00t", StringComparison.Ordinal)),
            2 => Bytes(text[..tail] + new string('\0', Math.Min(64, text.Length - tail)) + text[Math.Min(text.Length, tail + 64)..]),
            _ => Bytes(text[..tail] + Digit().Replace(text[tail..], _ => rng.Next(10).ToString(CultureInfo.InvariantCulture))),
        };
    }

    private static byte[] LoopReferences(string text, Random rng)
    {
        var headers = ObjectHeader().Matches(text);
        if (headers.Count == 0)
        {
            return Bytes(text);
        }

        // Each object refers to itself, or every page tree node to the root as a kid, or lengths to their own stream.
        var target = headers[rng.Next(headers.Count)].Groups[1].Value;
        return rng.Next(3) switch
        {
            0 => Bytes(Reference().Replace(text, $"{target} 0 R", rng.Next(1, 50), rng.Next(text.Length))),
            1 => Bytes(text.Replace("/Kids [", $"/Kids [{PagesRoot(text) ?? target} 0 R ", StringComparison.Ordinal)),
            _ => Bytes(LengthOf().Replace(text, m => $"/Length {m.Groups[1].Value} 0 R", 3)),
        };
    }

    private static byte[] Nest(string text, Random rng)
    {
        var dictionaries = Dictionary().Matches(text);
        var at = dictionaries.Count == 0 ? rng.Next(text.Length) : dictionaries[rng.Next(dictionaries.Count)].Index + 2;
        var deep = $"/Deep {new string('[', NestingDepth)}{new string(']', rng.Next(2) * NestingDepth)} ";
        return Bytes(text.Insert(at, deep));
    }

    private static byte[] Enlarge(string text, Random rng)
    {
        var keys = NumericEntry().Matches(text);
        if (keys.Count == 0)
        {
            return Bytes(text);
        }

        var builder = new StringBuilder(text);
        foreach (var match in keys.OrderByDescending(m => m.Index).Where(_ => rng.Next(4) == 0))
        {
            var value = match.Groups[2];
            builder.Remove(value.Index, value.Length).Insert(value.Index, HugeValues[rng.Next(HugeValues.Length)]);
        }

        return Bytes(builder.ToString());
    }

    /// <summary>Appends a stream object with <paramref name="data"/> and points one page's /Contents at it.</summary>
    private static byte[] ReplaceContent(string text, Random rng, string filter, byte[] data)
    {
        var number = NextObjectNumber(text);
        var contents = Contents().Matches(text);
        var edited = contents.Count == 0 ? text : Contents().Replace(text, $"/Contents {number} 0 R", 1, contents[rng.Next(contents.Count)].Index);
        return Append(edited, number, $"<< {filter} /Length {data.Length} >>", data);
    }

    private static byte[] BreakFonts(byte[] pdf, string text, Random rng)
    {
        var programs = FontStream().Matches(text).Select(m => m.Groups[2].Value).Distinct().ToList();
        if (programs.Count == 0 || rng.Next(3) == 0)
        {
            // A hostile ToUnicode map: one range covering every code, and a range run backwards.
            var cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
                "2 beginbfrange <0000> <FFFF> <0041> <FFFF> <0000> [<0041>] endbfrange endcmap end end";
            var number = NextObjectNumber(text);
            var redirected = ToUnicode().Replace(text, $"/ToUnicode {number} 0 R");
            return Append(redirected, number, $"<< /Length {cmap.Length} >>", Encoding.ASCII.GetBytes(cmap));
        }

        var copy = pdf.ToArray();
        var header = Regex.Match(text, $@"(?<![0-9]){programs[rng.Next(programs.Count)]} 0 obj");
        var start = header.Success ? text.IndexOf("stream", header.Index, StringComparison.Ordinal) : -1;
        var end = start < 0 ? -1 : text.IndexOf("endstream", start, StringComparison.Ordinal);
        for (var i = start + 8; start >= 0 && i < end - 1; i++)
        {
            if (rng.Next(8) == 0)
            {
                copy[i] = (byte)rng.Next(256);
            }
        }

        return copy;
    }

    private static byte[] FanOutAnnotations(string text, Random rng)
    {
        var pages = PageDictionary().Matches(text);
        if (pages.Count == 0)
        {
            return Bytes(text);
        }

        var number = NextObjectNumber(text);
        var annotation = $"<< /Type /Annot /Subtype /Square /Rect [10 10 {rng.Next(20, 400)} 40] /P 1 0 R >>";
        var fanOut = $"/Annots [{string.Join(' ', Enumerable.Repeat($"{number} 0 R", AnnotationRepeats))}] ";
        var edited = text.Insert(pages[rng.Next(pages.Count)].Index + 2, fanOut);
        return Bytes(edited + $"\n{number} 0 obj\n{annotation}\nendobj\n");
    }

    private static byte[] Append(string text, int number, string dictionary, byte[] data)
    {
        using var output = new MemoryStream();
        output.Write(Bytes(text));
        output.Write(Bytes($"\n{number} 0 obj\n{dictionary}\nstream\n"));
        output.Write(data);
        output.Write(Bytes("\nendstream\nendobj\n"));
        return output.ToArray();
    }

    private static int NextObjectNumber(string text) =>
        ObjectHeader().Matches(text).Select(m => int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;

    private static string? PagesRoot(string text) => Regex.Match(text, @"/Pages (\d+) 0 R") is { Success: true } m ? m.Groups[1].Value : null;

    private static string Text(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    private static IEnumerable<byte[]> Zeros(long count)
    {
        var chunk = new byte[64 * 1024];
        for (var left = count; left > 0; left -= chunk.Length)
        {
            yield return left >= chunk.Length ? chunk : chunk[..(int)left];
        }
    }

    private static byte[] Flate(IEnumerable<byte[]> chunks)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            foreach (var chunk in chunks)
            {
                zlib.Write(chunk);
            }
        }

        return output.ToArray();
    }

    private static byte[] Flate(byte[] data) => Flate([data]);

    [GeneratedRegex(@"(startxref\s+)\d+")]
    private static partial Regex StartXrefOffset();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"(?<=[\r\n])(\d+) \d+ obj")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"\b\d+ \d+ R\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthOf();

    [GeneratedRegex(@"<<")]
    private static partial Regex Dictionary();

    [GeneratedRegex(@"/(Length|Count|N|First|Size|W|Columns|Predictor|Rotate|StructParents|FirstChar|LastChar) *\[?(-?\d+)")]
    private static partial Regex NumericEntry();

    [GeneratedRegex(@"/Contents\s+(\d+ \d+ R|\[[^\]]*\])")]
    private static partial Regex Contents();

    [GeneratedRegex(@"/(FontFile\d?|ToUnicode) (\d+) 0 R")]
    private static partial Regex FontStream();

    [GeneratedRegex(@"/ToUnicode \d+ 0 R")]
    private static partial Regex ToUnicode();

    [GeneratedRegex(@"<<\s*/Type\s*/Page\b")]
    private static partial Regex PageDictionary();
}
