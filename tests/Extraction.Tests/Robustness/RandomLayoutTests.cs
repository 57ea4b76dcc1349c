using System.Globalization;
using Extraction.Pipeline;
using Extraction.Tests.Support;
using FsCheck.Fluent;
using FsCheck;

namespace Extraction.Tests.Robustness;

/// <summary>
/// Pages no budget document prints: words of budget vocabulary scattered at random, tables of random shape with blank
/// cells, pictures anywhere. Whatever the layout, every stage gives an outcome: the pipeline never fails with an
/// unexpected exception (a PipelineError), which would lose the document in a batch.
/// </summary>
[TestFixture]
public sealed class RandomLayoutTests
{
    private static readonly string[] Vocabulary =
    [
        "4.511", "-2.130", "−1.234", "0,54", "155.938", "2,000", "1.8", "–", "-", "x,xxx", "0", "2026", "2027",
        "R23", "B25", "Tekn.", "B26", "Skøn", "26", "Tillæg", "Korr.", "budget", "Regnskab", "2020", "I alt", "i alt",
        "I 1.000 kr.", "Mio. kr.", "(Mio. kr. i 2026-priser)", "1.000 kr., 2026 p/l", "Tabel 1.2", "Tabel 0.1",
        "3.1 Tabel over delelementer", "Politikområde IT", "3. Aktivitetsområde Systemer", "Figur 1", "•", "*Opdateres med tal i juni",
        "Samlet", "Udgifter", "Indtægter", "Netto", "T101", "ØK74", "Titel", "Nr.", "Indenfor servicerammen:", "Ja", "Nej",
        "Antal fuldtidsstillinger", "- = mindreudgift/merindtægt og + = merudgift/mindreindtægt", "Baggrund", "Økonomiudvalget",
        "kommunen", "og", "til", "drift", "Næstved Kommune", "Budget 2026", "1", "2", "10", "Side 3",
    ];

    [FsCheck.NUnit.Property(MaxTest = 150)]
    public Property Any_layout_is_processed_without_an_unexpected_failure() =>
        Prop.ForAll(Layouts(), layout =>
        {
            var outcome = new DocumentPipeline(Corpus.Options, layout.Build()).Process("random.pdf");
            return outcome is DocumentSucceeded || outcome is DocumentFailed { Code: DocumentPipeline.NoTextLayer };
        });

    private static Arbitrary<RandomLayout> Layouts() =>
        (from pages in Gen.Choose(1, 3)
         from content in Gen.ListOf(Gen.OneOf(Scattered(), Table()), pages)
         from images in Gen.ListOf(Image(), pages)
         select new RandomLayout(content.Zip(images, (words, pictures) => new RandomPage(words, pictures)).ToList()))
        .ToArbitrary();

    private static Gen<IReadOnlyList<PlacedText>> Scattered() =>
        from count in Gen.Choose(0, 50)
        from words in Gen.ListOf(
            from x in Gen.Choose(0, 560)
            from y in Gen.Choose(0, 800)
            from text in Gen.Elements(Vocabulary)
            from bold in Gen.Elements(false, true)
            from size in Gen.Choose(6, 16)
            select new PlacedText(x, y, text, bold, size, RightAligned: false),
            count)
        select (IReadOnlyList<PlacedText>)words;

    /// <summary>A header row and rows of a label and right-aligned figures, some blank, on a regular grid.</summary>
    private static Gen<IReadOnlyList<PlacedText>> Table() =>
        from top in Gen.Choose(20, 400)
        from columns in Gen.Choose(1, 6)
        from rows in Gen.Choose(1, 15)
        from headers in Gen.ListOf(Gen.Elements(Vocabulary), columns)
        from cells in Gen.ListOf(Gen.Elements(Vocabulary.Take(13).Append(string.Empty).ToArray()), rows * columns)
        from labels in Gen.ListOf(Gen.Elements(Vocabulary), rows)
        from rowHeight in Gen.Choose(10, 24)
        select (IReadOnlyList<PlacedText>)
            [
                new PlacedText(60, top, "I 1.000 kr.", false, 10, false),
                .. headers.Select((h, c) => new PlacedText(300 + 60 * c, top, h, true, 10, true)),
                .. labels.Select((l, r) => new PlacedText(60, top + rowHeight * (r + 1), l, false, 10, false)),
                .. cells.Select((v, i) => new PlacedText(300 + 60 * (i % columns), top + rowHeight * (i / columns + 1), v, false, 10, true))
                    .Where(p => p.Text.Length > 0),
            ];

    private static Gen<IReadOnlyList<(int X, int Y, int Width, int Height)>> Image() =>
        from count in Gen.Choose(0, 2)
        from boxes in Gen.ListOf(
            from x in Gen.Choose(0, 500)
            from y in Gen.Choose(0, 780)
            from width in Gen.Choose(1, 300)
            from height in Gen.Choose(1, 300)
            select (x, y, width, height),
            count)
        select (IReadOnlyList<(int, int, int, int)>)boxes;

    public sealed record PlacedText(int X, int Y, string Text, bool Bold, int Size, bool RightAligned);

    public sealed record RandomPage(IReadOnlyList<PlacedText> Words, IReadOnlyList<(int X, int Y, int Width, int Height)> Images);

    public sealed record RandomLayout(IReadOnlyList<RandomPage> Pages)
    {
        internal SyntheticDocument Build()
        {
            var document = new SyntheticDocument();
            foreach (var page in Pages)
            {
                document.Page();
                foreach (var word in page.Words)
                {
                    if (word.RightAligned)
                    {
                        document.Right(word.X, word.Y, word.Text, word.Bold);
                    }
                    else
                    {
                        document.Left(word.X, word.Y, word.Text, word.Bold, word.Size);
                    }
                }

                foreach (var (x, y, width, height) in page.Images)
                {
                    document.Image(x, y, x + width, y + height);
                }
            }

            return document;
        }

        public override string ToString() => string.Join(
            " / ",
            Pages.Select(p => string.Join("; ", p.Words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Text}@{w.X},{w.Y}"))) + $" [{p.Images.Count} images]"));
    }
}
