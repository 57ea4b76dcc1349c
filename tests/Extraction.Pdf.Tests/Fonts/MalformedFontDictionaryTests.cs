using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Tests.Fonts.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>Font dictionaries with entries of the wrong type or absurd values load as some font, never with an exception.</summary>
[TestFixture]
public sealed class MalformedFontDictionaryTests
{
    private static readonly string[] Keys =
        ["Subtype", "BaseFont", "Encoding", "FirstChar", "LastChar", "Widths", "FontDescriptor", "ToUnicode", "FontMatrix", "DescendantFonts"];

    private static readonly string[] DescendantKeys = ["Subtype", "W", "DW", "W2", "DW2", "CIDToGIDMap", "CIDSystemInfo", "FontDescriptor"];

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Any_combination_of_odd_entries_loads()
    {
        var store = new ObjectStore();
        var values = Values(store);
        var dictionaries = from subtype in Gen.Elements("Type1", "TrueType", "Type3", "Type0", "MMType1", "Bogus")
                           from entries in Gen.ListOf(Gen.Zip(Gen.Elements(Keys), values))
                           from descendant in Gen.ListOf(Gen.Zip(Gen.Elements(DescendantKeys), values))
                           select Build(subtype, entries, descendant);
        return Prop.ForAll(Arb.From(dictionaries), font =>
        {
            try
            {
                var loaded = new FontFactory(store, Make.Decode).Create(font);
                byte[] text = [0x00, 0x41, 0xFF, 0x7F, 0x80, 0x12, 0x34];
                for (var offset = 0; offset < text.Length;)
                {
                    offset += loaded.ReadCode(text, offset, out var code);
                    _ = (loaded.GetUnicode(code), loaded.GetWidth(code), loaded.GetVerticalAdvance(code));
                }

                return double.IsFinite(loaded.Ascent) && double.IsFinite(loaded.Descent);
            }
            catch (PdfReadException)
            {
                return true;
            }
        });
    }

    private static PdfDictionary Build(string subtype, IEnumerable<(string Key, PdfObject Value)> entries, IEnumerable<(string Key, PdfObject Value)> descendant)
    {
        var all = entries.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        all["Subtype"] = Make.Name(subtype);
        if (subtype == "Type0" && !all.ContainsKey("DescendantFonts"))
        {
            all["DescendantFonts"] = Make.Array(new PdfDictionary(descendant.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value)));
        }

        return new PdfDictionary(all);
    }

    private static Gen<PdfObject> Values(ObjectStore store)
    {
        var numbers = Gen.Elements(-1e12, -5, 0, 0.5, 1, 32, 255, 256, 70000, 2147483647, double.NaN).Select(n => (PdfObject)Make.Number(n));
        var names = Gen.Elements("WinAnsiEncoding", "Identity-H", "UniJIS-UCS2-V", "90ms-RKSJ-H", "Helvetica", "Symbol", "Identity", "x").Select(n => (PdfObject)Make.Name(n));
        var streams = Gen.Elements(
            "1 beginbfrange <0000> <FFFF> <0041> endbfrange",
            "1 begincodespacerange <00> endcodespacerange 1 begincidrange <7FFFFFF0> <7FFFFFFF> 2147483640 endcidrange",
            "/Encoding 256 array dup 65 /A put readonly def",
            "\u0001\u0000\u0004\u0001garbage",
            "\u0000\u0001\u0000\u0000\u0000\u0009").Select(s => (PdfObject)store.Add(Make.Stream(s)));
        var descriptors = Gen.Elements(
            Make.Dict(("Flags", Make.Number(4)), ("Ascent", Make.Number(1e9)), ("FontFile2", store.Add(Make.Stream("\u0000\u0001\u0000\u0000")))),
            Make.Dict(("FontFile3", store.Add(Make.Stream("\u0001\u0000\u0004\u0001", ("Subtype", Make.Name("Type1C")))))),
            Make.Dict(("FontFile", store.Add(Make.Stream("%!PS /Encoding 256 array dup 300 /A put dup -1 /B put def"))), ("MissingWidth", Make.Name("x")))).Select(d => (PdfObject)d);
        var arrays = Gen.Elements(
            Make.Array(),
            Make.Array(Make.Number(1), Make.Name("A"), Make.Number(300), Make.Name("B"), Make.Text("x")),
            Make.Array(Make.Number(2147483640), Make.Number(2147483647), Make.Number(500)),
            Make.Array(Make.Number(0), Make.Numbers(1, 2, 3, 4, 5)),
            Make.Numbers(0.001, 0, 0, 0.001, 0),
            Make.Array(Make.Dict())).Select(a => (PdfObject)a);
        var dictionaries = Gen.Elements(
            Make.Dict(("Differences", Make.Array(Make.Number(-5), Make.Name("g12"), Make.Number(254), Make.Name("uni0000"), Make.Name("x"), Make.Name("y")))),
            Make.Dict(("BaseEncoding", Make.Number(3))),
            Make.Dict(("Registry", Make.Text("Adobe")), ("Ordering", Make.Number(1)))).Select(d => (PdfObject)d);
        return Gen.OneOf(numbers, names, streams, descriptors, arrays, dictionaries, Gen.Constant((PdfObject)PdfNull.Instance));
    }
}
