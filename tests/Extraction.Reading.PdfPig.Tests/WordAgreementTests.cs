using Extraction.Document;
using Extraction.Reading.Pdf;

namespace Extraction.Reading.PdfPig.Tests;

/// <summary>
/// The PdfPig back end's words against the default reader's on the corpus pages: a word agrees when a PdfPig word on
/// the same page has the same text and a box whose every edge is within <see cref="EdgeTolerance"/> of it. Font
/// names, sizes, bold/italic/horizontal flags, ruling lines and image counts agree as well.
/// </summary>
[TestFixture]
public sealed class WordAgreementTests
{
    /// <summary>Points: PdfPig and our reader take glyph widths and the font's ascent/descent from the same font
    /// program, so agreeing boxes differ by rounding only.</summary>
    private const double EdgeTolerance = 0.5;

    /// <summary>Measured 2026-12: all 9,547 words of the five corpus documents agree (100 %); the margin leaves room
    /// for a PdfPig update to move an odd glyph, not for a change in how words are cut.</summary>
    private const double MinAgreement = 0.99;

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void Most_words_agree_with_the_default_reader(string name)
    {
        var ours = new PdfDocumentReader().Read(PdfPigCorpus.Pdf(name));
        var theirs = new PdfPigDocumentReader().Read(PdfPigCorpus.Pdf(name));

        Assert.That(theirs.Pages.Select(p => (p.Width, p.Height)), Is.EqualTo(ours.Pages.Select(p => (p.Width, p.Height))), "page sizes");
        int total = 0, agreeing = 0;
        foreach (var (page, other) in ours.Pages.Zip(theirs.Pages))
        {
            var candidates = other.Words.ToList();
            foreach (var word in page.Words)
            {
                total++;
                var match = candidates.FindIndex(c => Agree(word, c));
                if (match >= 0)
                {
                    agreeing++;
                    candidates.RemoveAt(match);
                }
                else
                {
                    TestContext.Out.WriteLine($"p{page.Number} no match for '{word.Text}' {word.Box}; nearest: {Nearest(word, other.Words)}");
                }
            }
        }

        var agreement = (double)agreeing / total;
        TestContext.Out.WriteLine($"{name}: {agreeing} of {total} words agree ({agreement:P2}); PdfPig has {theirs.Pages.Sum(p => p.Words.Count)} words.");
        Assert.That(agreement, Is.GreaterThanOrEqualTo(MinAgreement));
    }

    [TestCaseSource(typeof(PdfPigCorpus), nameof(PdfPigCorpus.All))]
    public void Fonts_rulings_and_images_agree_with_the_default_reader(string name)
    {
        var ours = new PdfDocumentReader().Read(PdfPigCorpus.Pdf(name));
        var theirs = new PdfPigDocumentReader().Read(PdfPigCorpus.Pdf(name));

        foreach (var (page, other) in ours.Pages.Zip(theirs.Pages))
        {
            Assert.That(other.Words.Select(Font), Is.EquivalentTo(page.Words.Select(Font)), $"fonts on page {page.Number}");
            Assert.That(other.Rulings.Select(Rounded), Is.EquivalentTo(page.Rulings.Select(Rounded)), $"rulings on page {page.Number}");
            Assert.That(other.ImageCount, Is.EqualTo(page.ImageCount), $"images on page {page.Number}");
        }
    }

    private static (string, string, double, bool, bool, bool) Font(TextWord w) => (w.Text, w.FontName, Math.Round(w.FontSize, 2), w.IsBold, w.IsItalic, w.IsHorizontal);

    private static (bool, double, double, double) Rounded(Ruling r) => (r.IsHorizontal, Math.Round(r.Position, 1), Math.Round(r.Start, 1), Math.Round(r.End, 1));

    private static bool Agree(TextWord a, TextWord b) =>
        a.Text == b.Text
        && Math.Abs(a.Box.X0 - b.Box.X0) <= EdgeTolerance && Math.Abs(a.Box.X1 - b.Box.X1) <= EdgeTolerance
        && Math.Abs(a.Box.Y0 - b.Box.Y0) <= EdgeTolerance && Math.Abs(a.Box.Y1 - b.Box.Y1) <= EdgeTolerance;

    private static string Nearest(TextWord word, IEnumerable<TextWord> words) =>
        words.MinBy(w => Math.Abs(w.Box.CenterX - word.Box.CenterX) + Math.Abs(w.Box.CenterY - word.Box.CenterY)) is { } n ? $"'{n.Text}' {n.Box}" : "none";
}
