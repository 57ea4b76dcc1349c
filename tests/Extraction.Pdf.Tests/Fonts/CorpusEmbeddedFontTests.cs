using Extraction.Pdf.Document;
using Extraction.Pdf.Fonts.CMaps;
using Extraction.Pdf.Fonts.Composite;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Fonts;

/// <summary>
/// The embedded fonts of the corpus fixtures, read through the reader's object layer: what the TrueType programs
/// say about their glyphs must agree with the ToUnicode CMaps the producer wrote for the same fonts.
/// </summary>
[TestFixture]
public sealed class CorpusEmbeddedFontTests
{
    public static IEnumerable<string> Fixtures() => RepositoryPaths.CorpusPdfs().Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Fixtures))]
    public void Embedded_TrueType_programs_agree_with_ToUnicode(string fileName)
    {
        var file = PdfFile.Open(File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, fileName)), new ReaderLimits(), null);
        int compared = 0, agreed = 0, fonts = 0;
        foreach (var font in CompositeFonts(file))
        {
            var descendant = font.Get<PdfArray>("DescendantFonts", file)!.Get<PdfDictionary>(0, file)!;
            var descriptor = descendant.Get<PdfDictionary>("FontDescriptor", file);
            if (descriptor?.Get<PdfStream>("FontFile2", file) is null || font.Get<PdfStream>("ToUnicode", file) is not { } toUnicodeStream)
            {
                continue;
            }

            fonts++;
            var toUnicode = CMapParser.Parse(file.DecodeStream(toUnicodeStream));
            var fromProgram = CidUnicode.For(descendant, descriptor, "Adobe-Identity", file, file.DecodeStream);
            foreach (var cid in toUnicode.MappedCodes)
            {
                var expected = toUnicode.GetUnicode(cid);
                if (expected is not { Length: 1 } || char.IsWhiteSpace(expected[0]))
                {
                    // Ligatures and spaces are legitimately mapped differently by producers and fonts.
                    continue;
                }

                compared++;
                agreed += fromProgram(cid) == expected ? 1 : 0;
            }
        }

        Assert.That(fonts, Is.GreaterThan(0), "the fixture has embedded TrueType composite fonts with ToUnicode");
        Assert.That((double)agreed / compared, Is.GreaterThanOrEqualTo(0.98), $"{agreed} of {compared} glyphs in {fonts} fonts");
    }

    private static IEnumerable<PdfDictionary> CompositeFonts(PdfFile file)
    {
        var size = file.Trailer.GetInt("Size", file) ?? 0;
        for (var number = 1; number < size; number++)
        {
            if (file.Resolve(new ObjectId(number, 0)) is PdfDictionary dictionary && dictionary.GetName("Subtype", file) == "Type0")
            {
                yield return dictionary;
            }
        }
    }
}
