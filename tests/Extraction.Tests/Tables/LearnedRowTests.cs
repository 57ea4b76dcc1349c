using Extraction.Pipeline;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline.Tables.Rows;
using Extraction.Tests.Support;

namespace Extraction.Tests.Tables;

/// <summary>
/// The learned row decisions: the evidence between two lines is what it claims to be on a table built word by word
/// (labels wrapped over two or three lines with the figures on the first, middle or last of them), and the committed
/// model loads and cuts such tables into their rows.
/// </summary>
[TestFixture]
public sealed class LearnedRowTests
{
    private const double Label = 60;
    private const double Pitch = 12;
    private static readonly double[] Columns = [300, 370, 440];

    [Test]
    public void The_evidence_between_two_lines_tells_figures_letters_and_room_as_printed()
    {
        var gaps = Gaps(FiguresOnFirstLine());

        var wrapped = gaps.Single(g => g.Below == "folkeoplysningsloven, samlet");
        var next = gaps.Single(g => g.Below.StartsWith("Tilskud", StringComparison.Ordinal));
        var roomy = gaps.Single(g => g.Below.StartsWith("Lokaletilskud", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(wrapped.Feature("above_has_values"), Is.EqualTo(1));
            Assert.That(wrapped.Feature("below_has_values"), Is.EqualTo(0));
            Assert.That(wrapped.Feature("below_starts_lower"), Is.EqualTo(1));
            Assert.That(next.Feature("below_starts_upper"), Is.EqualTo(1));
            Assert.That(wrapped.Feature("pitch_ratio"), Is.EqualTo(1).Within(1e-6), "evenly spaced lines: the pitch is the tightest one");
            // The widest label sets the label column. "folkeoplysningsloven," would not have fitted after "Aktiviteter uden
            // for" (5 pt per letter: 137.5 - 95 - 105 = -62.5 pt); "Lokaletilskud" would have fitted after "og klubber"
            // (137.5 - 47.5 - 65 = 25 pt).
            Assert.That(wrapped.Feature("first_word_room_em"), Is.EqualTo(-6.25).Within(1e-4));
            Assert.That(roomy.Feature("first_word_room_em"), Is.EqualTo(2.5).Within(1e-4));
        });
    }

    [Test]
    public void The_evidence_counts_the_label_lines_around_figures_on_a_middle_line()
    {
        var gaps = Gaps(FiguresOnMiddleLine());

        var intoFigures = gaps.First(g => g.Below.StartsWith("investeringer", StringComparison.Ordinal));
        var hyphen = gaps.Single(g => g.Below == "rammen");
        Assert.Multiple(() =>
        {
            Assert.That(intoFigures.Feature("above_has_values"), Is.EqualTo(0));
            Assert.That(intoFigures.Feature("below_has_values"), Is.EqualTo(1));
            Assert.That(intoFigures.Feature("below_labels_before"), Is.EqualTo(1));
            // "servicerammen" and the next row's "Pulje til": which of them belongs where is the model's to decide.
            Assert.That(intoFigures.Feature("below_labels_after"), Is.EqualTo(2));
            Assert.That(intoFigures.Feature("table_labels_before"), Is.EqualTo(1), "every value line of the table has a label line above it");
            Assert.That(hyphen.Feature("above_ends_hyphen"), Is.EqualTo(1));
            Assert.That(intoFigures.Feature("above_ends_hyphen"), Is.EqualTo(0));
        });
    }

    [Test]
    public void The_committed_model_loads_and_knows_its_features()
    {
        var model = RowBoundaryModel.Committed;

        var probabilities = model.BreakProbabilities(Gaps(FiguresOnLastLine()).Select(g => g.Features).ToList());

        Assert.That(probabilities, Has.Count.EqualTo(5), "six lines, five spaces between them");
        Assert.That(probabilities, Has.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Figures_on_the_first_line_of_a_wrapped_label_keep_the_lines_below_them()
    {
        Assert.That(Labels(FiguresOnFirstLine()), Is.EqualTo(new[]
        {
            "Aktiviteter uden for folkeoplysningsloven, samlet", "Tilskud til foreninger og klubber", "Lokaletilskud til private udlejere",
        }));
    }

    [Test]
    public void Figures_on_a_middle_line_of_a_wrapped_label_take_the_lines_on_both_sides()
    {
        Assert.That(Labels(FiguresOnMiddleLine()), Is.EqualTo(new[]
        {
            "Pulje til investeringer på servicerammen", "Pulje til investeringer på anlægsrammen", "Pulje til byfornyelse og boligområder",
        }));
    }

    [Test]
    public void Figures_on_the_last_line_of_a_wrapped_label_take_the_lines_above_them()
    {
        Assert.That(Labels(FiguresOnLastLine()), Is.EqualTo(new[]
        {
            "Ikke tildelt budget kompenserende besparelse", "Tilskud til foreninger og klubber", "Lokaletilskud til private udlejere",
        }));
    }

    /// <summary>Three rows, each label wrapped with its figures on its first line, the lines evenly spaced.</summary>
    private static SyntheticDocument FiguresOnFirstLine() => Table(
        [("Aktiviteter uden for", true), ("folkeoplysningsloven, samlet", false)],
        [("Tilskud til foreninger", true), ("og klubber", false)],
        [("Lokaletilskud til private", true), ("udlejere", false)]);

    /// <summary>Three rows whose figures sit on the middle one of three label lines.</summary>
    private static SyntheticDocument FiguresOnMiddleLine() => Table(
        [("Pulje til", false), ("investeringer på", true), ("servicerammen", false)],
        [("Pulje til", false), ("investeringer på anlægs-", true), ("rammen", false)],
        [("Pulje til", false), ("byfornyelse og", true), ("boligområder", false)]);

    /// <summary>Three rows whose figures sit on the last line of the label.</summary>
    private static SyntheticDocument FiguresOnLastLine() => Table(
        [("Ikke tildelt budget", false), ("kompenserende besparelse", true)],
        [("Tilskud til foreninger", false), ("og klubber", true)],
        [("Lokaletilskud til private", false), ("udlejere", true)]);

    private static SyntheticDocument Table(params (string Text, bool Figures)[][] rows)
    {
        var document = new SyntheticDocument().Page().Left(Label, 100, "Tabel 1.1 Udgifter", bold: true);
        document.Left(Label, 120, "I 1.000 kr.", bold: true)
            .Right(Columns[0], 120, "R24", bold: true).Right(Columns[1], 120, "B25", bold: true).Right(Columns[2], 120, "Skøn 26", bold: true);
        var y = 140.0;
        var value = 1;
        foreach (var row in rows)
        {
            foreach (var (text, figures) in row)
            {
                document.Left(Label, y, text);
                if (figures)
                {
                    foreach (var x in Columns)
                    {
                        document.Right(x, y, (value++ * 100).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }

                y += Pitch;
            }
        }

        return document;
    }

    private static IReadOnlyList<string> Labels(SyntheticDocument document)
    {
        var learned = Corpus.Options with { Tables = Corpus.Options.Tables with { Rows = Corpus.Options.Tables.Rows with { Model = RowOptions.Learned } } };
        return ((DocumentSucceeded)new DocumentPipeline(learned, document).Process("synthetic.pdf")).Extraction.Tables.Single().Rows.Select(r => r.Label).ToList();
    }

    /// <summary>The evidence between each two lines of each band of the document's table bodies, as the pipeline computes it.</summary>
    private static List<Gap> Gaps(SyntheticDocument document)
    {
        var options = Corpus.Options;
        var layout = LayoutAnalyzer.Analyze(document.Read("synthetic.pdf"), options.Layout);
        var builder = new TableGridBuilder(options.Tables, options.Layout.Hyphenation, new ColumnHeaderParser(options.Columns, options.Numbers), options.Numbers);
        var grouper = new RowGrouper(options.Tables, RowBoundaryModel.Committed);
        var gaps = new List<Gap>();
        foreach (var region in new TableRegionFinder(options.Tables, options.Numbers).Find(layout.Pages.Single()))
        {
            var body = builder.Lay(region)!;
            var bands = grouper.Bands(body.Lines, region.Rulings, body.X0, body.X1);
            var geometry = BodyGeometry.Of(body.Lines, bands.Count > 1);
            gaps.AddRange(bands.SelectMany(band => Enumerable.Range(1, band.Count - 1)
                .Select(i => new Gap(band[i - 1].Line.Segments[0].Text, band[i].Line.Segments[0].Text, RowGapFeatures.Of(band, i, geometry)))));
        }

        return gaps;
    }

    private sealed record Gap(string Above, string Below, float[] Features)
    {
        public float Feature(string name) => Features[RowGapFeatures.Names.ToList().IndexOf(name)];
    }
}
