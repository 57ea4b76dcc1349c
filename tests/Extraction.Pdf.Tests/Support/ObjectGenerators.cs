using Extraction.Pdf.Objects;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Pdf.Tests.Support;

/// <summary>FsCheck generators for PDF object trees and their parts.</summary>
internal static class ObjectGenerators
{
    /// <summary>Characters names are made of: letters, digits, every delimiter, whitespace, '#', and non-ASCII letters.</summary>
    private static readonly char[] NameAlphabet = "abcXYZ019_-.+*#/()<>[]{}% \t\næøåÆØÅ€日".ToCharArray();

    public static Gen<byte[]> Bytes => Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf();

    public static Gen<string> NameValues => Gen.Elements(NameAlphabet).ArrayOf().Select(chars => new string(chars));

    public static Gen<long> Integers => Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(i => (long)i),
        Gen.Choose(int.MinValue, int.MaxValue).Select(i => (long)i),
        Gen.Choose(0, 1_000_000).Select(i => i * 1_000_000_007L));

    /// <summary>Reals with at most five decimals, as PDF writers produce them: (mantissa, decimals).</summary>
    public static Gen<(int Mantissa, int Decimals)> Reals => Gen.Choose(-10_000_000, 10_000_000).Zip(Gen.Choose(1, 5));

    public static Gen<PdfObject> Trees => Gen.Sized(size => Tree(Math.Min(size, 40)));

    private static Gen<PdfObject> Leaves => Gen.OneOf(
        Gen.Constant<PdfObject>(PdfNull.Instance),
        Gen.Elements<PdfObject>(PdfBoolean.True, PdfBoolean.False),
        Integers.Select(i => (PdfObject)PdfNumber.Of(i)),
        Reals.Select(r => (PdfObject)PdfNumber.Of(r.Mantissa / Math.Pow(10, r.Decimals))),
        Bytes.Select(b => (PdfObject)new PdfString(b)),
        Bytes.Select(b => (PdfObject)new PdfString(b, isHex: true)),
        NameValues.Select(n => (PdfObject)PdfName.Of(n)),
        Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 65535)).Select(r => (PdfObject)new PdfReference(new ObjectId(r.Item1, r.Item2))));

    private static Gen<PdfObject> Tree(int size) =>
        size <= 1
            ? Leaves
            : Gen.Frequency(
                (3, Leaves),
                (1, Gen.Choose(0, 6).SelectMany(n => Tree(size / 3).ArrayOf(n)).Select(items => (PdfObject)new PdfArray(items))),
                (1, Gen.Choose(0, 6).SelectMany(n => NameValues.Zip(Tree(size / 3)).ArrayOf(n)).Select(Dictionary)));

    private static PdfObject Dictionary((string Key, PdfObject Value)[] entries)
    {
        var unique = new Dictionary<string, PdfObject>();
        foreach (var (key, value) in entries)
        {
            unique.TryAdd(key, value);
        }

        return new PdfDictionary(unique);
    }
}
