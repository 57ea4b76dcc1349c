using Extraction.Document;
using Extraction.Document.Numbers;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Confidence;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;

namespace Extraction.Tests.Confidence;

/// <summary>Geometry that shows a wrapped label was grouped wrongly: its figures off the line the rows were grouped by, or outside the label.</summary>
public sealed class WrappedLabelDoubtsTests
{
    private const double Line = 10;

    [Test]
    public void A_one_line_label_level_with_its_figures_raises_no_doubt()
    {
        var table = Table(label: Box(top: 100, lines: 1), figuresTop: 100);

        Assert.That(Doubts(table), Is.Empty);
    }

    [Test]
    public void A_label_wrapped_over_two_lines_with_figures_on_the_last_raises_no_doubt()
    {
        var table = Table(label: Box(top: 100, lines: 2), figuresTop: 100 + Line);

        Assert.That(Doubts(table), Is.Empty);
    }

    [Test]
    public void A_label_that_ends_above_the_middle_of_its_figures_was_cut()
    {
        // "Frivilligt" kept, "foreningsarbejde, samlet" lost: the figures sit between the two lines, below the kept one.
        var table = Table(label: Box(top: 100, lines: 1), figuresTop: 100 + (0.6 * Line));

        Assert.That(Doubts(table), Is.EqualTo(new[] { WrappedLabelDoubts.FiguresOffLabelLine }));
    }

    [Test]
    public void A_label_that_starts_below_the_middle_of_its_figures_was_cut()
    {
        var table = Table(label: Box(top: 100 + (0.6 * Line), lines: 1), figuresTop: 100);

        Assert.That(Doubts(table), Is.EqualTo(new[] { WrappedLabelDoubts.FiguresOffLabelLine }));
    }

    [Test]
    public void A_label_wrapped_over_three_lines_with_figures_on_the_first_is_off_the_last_line_assumption()
    {
        var table = Table(label: Box(top: 100, lines: 3), figuresTop: 100);

        Assert.That(Doubts(table), Is.EqualTo(new[] { WrappedLabelDoubts.FiguresOffLabelLine }));
    }

    [Test]
    public void A_label_whose_lines_go_on_in_lower_case_raises_no_doubt_wherever_its_figures_sit()
    {
        var table = Table(label: Box(top: 100, lines: 3), figuresTop: 100, text: "Pulje til investeringer på anlægsrammen");

        Assert.That(Doubts(table), Is.Empty);
    }

    [Test]
    public void The_only_row_with_a_wrapped_label_is_doubtful_unless_its_lines_go_on_in_lower_case()
    {
        static IEnumerable<string> Lone(string text) =>
            new WrappedLabelDoubts("bottom").Find(Table(Box(top: 100, lines: 2), figuresTop: 100 + Line, text), new ConfidencePenalties()).Select(r => r.Code);

        Assert.That(Lone("Museum, samlet"), Is.Empty);
        Assert.That(Lone("Administrationsbidrag jf. skøn fra UDK Allerede indregnet i budgettet"), Is.EqualTo(new[] { WrappedLabelDoubts.LoneWrappedLabel }));
    }

    /// <summary>The figures-off-the-line doubts only: these one-row tables are also a lone wrapped label, a doubt of its own.</summary>
    private static IEnumerable<string> Doubts(BudgetTable table) =>
        new WrappedLabelDoubts("bottom").Find(table, new ConfidencePenalties()).Select(r => r.Code).Where(c => c == WrappedLabelDoubts.FiguresOffLabelLine);

    private static Box Box(double top, int lines) => new(50, top, 150, top + (lines * Line));

    private static BudgetTable Table(Box label, double figuresTop, string text = "Frivilligt")
    {
        var figure = new TableValue("4.984", NumberKind.Value, 4984m, new Box(200, figuresTop, 230, figuresTop + Line));
        var row = new BudgetRow(0, text, null, RowKind.Data, false, 1, label.Union(figure.Box!.Value), [new TableValue(text, NumberKind.Text, null, label), figure]);
        var columns = new[]
        {
            new TableColumn(0, ColumnRole.Label, new BudgetColumn("I 1.000 kr.", Measure.Unknown, null, false, null)),
            new TableColumn(1, ColumnRole.Number, new BudgetColumn("R25", Measure.Actual, 2025, false, null)),
        };
        return new BudgetTable("t1", "8.2", null, null, null, null, null, false, null, columns, [], [row], [], null, [(1, row.Box)]);
    }
}
