using FsCheck;
using FsCheck.Fluent;
using Extraction.Pdf.Tests.Pages;

namespace Extraction.Pdf.Tests.Words;

/// <summary>Properties of word building on generated lines of text.</summary>
[TestFixture]
public sealed class WordSegmentationProperties
{
    private static readonly char[] WordCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray();

    [Test]
    public void A_line_of_words_separated_by_spaces_and_kerned_inside_reads_back_as_those_words()
    {
        var word = Gen.Elements(WordCharacters).ArrayOf().Where(a => a.Length is > 0 and < 12).Select(a => new string(a));
        var line = word.ArrayOf().Where(a => a.Length is > 0 and < 10);
        var kerning = Gen.Choose(-60, 60);
        var cases = line.SelectMany(words => kerning.ArrayOf().Select(kerns => (Words: words, Kerns: kerns)));

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Each glyph is its own TJ string, with kerning of at most 0.06 em between glyphs of a word.
            var k = 0;
            var items = string.Join(" ( ) ", c.Words.Select(w => string.Join(' ', w.Select(ch => $"({ch}) {(c.Kerns.Length == 0 ? 0 : c.Kerns[k++ % c.Kerns.Length])}"))));
            var content = $"BT /F1 10 Tf 20 700 Td 50 Tz [{items}] TJ ET";
            var read = new OnePagePdf(content).Open().GetPage(1).GetWords().Select(w => w.Text).ToArray();
            return read.SequenceEqual(c.Words);
        }).QuickCheckThrowOnFailure();
    }
}
