using Extraction.Pdf.Core;
using Extraction.Pdf.Tests.Pages;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Tests.Words;

/// <summary>
/// Word segmentation and boxes on hand-written content. /F1 has 500-unit glyphs, ascent 750 and descent −250, so at
/// 10 pt every glyph is 5 pt wide and a word's box runs from 7.5 pt above the baseline to 2.5 pt below it.
/// </summary>
[TestFixture]
public sealed class WordBuildingTests
{
    private const double Tolerance = 1e-6;

    [Test]
    public void Explicit_spaces_split_words_and_boxes_span_advance_and_font_height()
    {
        var words = Words("BT /F1 10 Tf 100 700 Td (Budget 2024) Tj ET");

        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "Budget", "2024" }));
        Assert.That(words[0].Box, Is.EqualTo(new PdfRectangle(100, 92.5, 130, 102.5)).Using<PdfRectangle>(Near));
        Assert.That(words[1].Box, Is.EqualTo(new PdfRectangle(135, 92.5, 155, 102.5)).Using<PdfRectangle>(Near));
    }

    [TestCase(-150, 2)]
    [TestCase(-50, 1)]
    [TestCase(300, 1)]
    [TestCase(700, 2)]
    public void A_TJ_gap_splits_a_word_beyond_a_tenth_of_the_font_size_and_an_overlap_beyond_half_of_it(int adjustment, int expectedWords)
    {
        // A TJ number n moves the pen by −n/1000 of the font size: −150 is a 1.5 pt gap at 10 pt, 700 a 7 pt overlap.
        // A 3 pt overlap cuts the word at first, but the two pieces are drawn one after the other on one line, so
        // they are joined again.
        var words = Words($"BT /F1 10 Tf 100 700 Td [(ab) {adjustment} (cd)] TJ ET");

        Assert.That(words, Has.Count.EqualTo(expectedWords), string.Join("|", words.Select(w => w.Text)));
    }

    [Test]
    public void Character_spacing_is_not_part_of_the_glyph_box_but_letter_spaced_text_stays_one_word()
    {
        // 2 pt of character spacing at 10 pt is 0.2 em: each letter is its own piece, but on a line of single
        // letters the smallest gap sets the threshold, so the spaced-out word comes back together.
        var words = Words("BT /F1 10 Tf 2 Tc 100 700 Td (TOTAL) Tj ET");

        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "TOTAL" }));
        Assert.That(words[0].Box.X1, Is.EqualTo(100 + 4 * 7 + 5).Within(Tolerance));
    }

    [Test]
    public void Text_drawn_twice_at_almost_the_same_place_is_kept_once()
    {
        var words = Words("BT /F1 10 Tf 100 700 Td (Total) Tj ET BT /F1 10 Tf 100.3 700 Td (Total) Tj ET");

        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "Total" }));
    }

    [Test]
    public void Beyond_the_piece_limit_a_page_keeps_its_pieces_as_words()
    {
        var page = new OnePagePdf("BT /F1 10 Tf 100 700 Td (Total) Tj ET BT /F1 10 Tf 100.3 700 Td (Total) Tj ET").Open().GetPage(1);

        var words = page.GetWords(new SpacingWordExtractor(new WordExtractorOptions { MaxPiecesForLayout = 1 }));

        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "Total", "Total" }));
    }

    [TestCase("/F1 7 Tf", new[] { "x", "2" })]
    [TestCase("", new[] { "x2" })]
    public void A_raised_glyph_is_its_own_word_when_smaller_and_joins_the_word_when_the_same_size(string fontChange, string[] expected)
    {
        var words = Words($"BT /F1 10 Tf 100 700 Td (x) Tj {fontChange} 3 Ts (2) Tj ET");

        Assert.That(words.Select(w => w.Text), Is.EquivalentTo(expected));
    }

    [Test]
    public void Glyphs_outside_the_page_are_dropped()
    {
        var words = Words("BT /F1 10 Tf -100 700 Td (gone) Tj 750 0 Td (also) Tj ET BT /F1 10 Tf 100 700 Td (kept) Tj ET");

        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "kept" }));
    }

    [Test]
    public void ActualText_replaces_the_glyphs_of_its_span_and_spans_their_extent()
    {
        var words = Words("BT /F1 10 Tf 100 700 Td /Span << /ActualText (fi) >> BDC (xx) Tj EMC (nal) Tj ET");

        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "final" }));
        Assert.That(words[0].Box.X1, Is.EqualTo(125).Within(Tolerance));
    }

    [Test]
    public void A_spacing_accent_drawn_over_a_letter_becomes_a_combining_mark()
    {
        // "a", then a zero-width acute accent (octal 264) over its middle, then "b" after the "a".
        var words = Words("BT /F1 10 Tf 100 700 Td [(a) 250 (\\264) -250 (b)] TJ ET");

        Assert.That(words.Select(w => w.Text.Normalize(System.Text.NormalizationForm.FormC)), Is.EqualTo(new[] { "áb" }));
    }

    [TestCase(0, 100.0, 92.5, 130.0, 102.5)]
    [TestCase(90, 697.5, 100.0, 707.5, 130.0)]
    [TestCase(180, 470.0, 697.5, 500.0, 707.5)]
    [TestCase(270, 92.5, 470.0, 102.5, 500.0)]
    public void On_rotated_pages_boxes_are_in_the_displayed_page(int rotate, double x0, double y0, double x1, double y1)
    {
        var words = new OnePagePdf("BT /F1 10 Tf 100 700 Td (Budget) Tj ET") { Rotate = rotate }.Open().GetPage(1).GetWords();

        Assert.That(words.Single().Text, Is.EqualTo("Budget"));
        Assert.That(words.Single().Box, Is.EqualTo(new PdfRectangle(x0, y0, x1, y1)).Using<PdfRectangle>(Near));
    }

    [Test]
    public void Coordinates_are_measured_from_the_media_box_even_when_the_crop_box_is_smaller()
    {
        var words = new OnePagePdf("BT /F1 10 Tf 100 700 Td (Budget) Tj ET") { CropBox = "50 50 550 750" }.Open().GetPage(1).GetWords();

        Assert.That(words.Single().Box, Is.EqualTo(new PdfRectangle(100, 92.5, 130, 102.5)).Using<PdfRectangle>(Near));
    }

    [Test]
    public void A_change_of_font_alone_does_not_split_a_word()
    {
        var font2 = OnePagePdf.FontDictionary();
        var pdf = new OnePagePdf("BT /F1 10 Tf 100 700 Td (ab) Tj /F2 10 Tf (cd) Tj ET") { ExtraFonts = "/F2 7 0 R", ExtraObjects = [font2] };

        var words = pdf.Open().GetPage(1).GetWords();

        // Same size and no gap: the pieces stay one word in content order, as poppler keeps them.
        Assert.That(words.Select(w => w.Text), Is.EqualTo(new[] { "abcd" }));
    }

    [TestCase("", new[] { "Page", "Field" })]
    [TestCase("/F 2", new[] { "Page" })]
    public void Visible_annotations_add_the_text_of_their_appearance_placed_in_their_rectangle(string flags, string[] expected)
    {
        // The appearance's box (0 0 100 20) is scaled into the rectangle 300 600 400 640: twice as high.
        var appearance = OnePagePdf.Stream("/Type /XObject /Subtype /Form /BBox [0 0 100 20] /Resources << /Font << /F1 5 0 R >> >>", "BT /F1 10 Tf 2 5 Td (Field) Tj ET");
        var pdf = new OnePagePdf("BT /F1 10 Tf 100 700 Td (Page) Tj ET")
        {
            PageEntries = "/Annots [7 0 R]",
            ExtraObjects = [$"<< /Type /Annot /Subtype /Widget /Rect [300 600 400 640] {flags} /AP << /N 8 0 R >> >>", appearance],
        };

        var words = pdf.Open().GetPage(1).GetWords();

        Assert.That(words.Select(w => w.Text), Is.EqualTo(expected));
        if (expected.Length == 2)
        {
            Assert.That(words[1].Box, Is.EqualTo(new PdfRectangle(302, 175, 327, 195)).Using<PdfRectangle>(Near));
        }
    }

    private static bool Near(PdfRectangle a, PdfRectangle b) =>
        Math.Abs(a.X0 - b.X0) < 1e-6 && Math.Abs(a.Y0 - b.Y0) < 1e-6 && Math.Abs(a.X1 - b.X1) < 1e-6 && Math.Abs(a.Y1 - b.Y1) < 1e-6;

    private static IReadOnlyList<Word> Words(string content) => new OnePagePdf(content).Open().GetPage(1).GetWords();
}
