using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Doubts from geometry about rows whose label wraps over several lines: the rows were grouped on the assumption that
/// the figures sit on the label's last line (or first, per <c>tables.wrapped_label_value_alignment</c>). A row whose
/// figures sit elsewhere in its label (a middle line) was grouped against that assumption, so lines of neighbouring
/// rows may be glued to it. The only row of figures in a table, its label wrapped, has no neighbours whose spacing
/// would tell a wrapped line from a row of its own, so a heading above it may be glued to it. A label that does not
/// reach the middle of its figures was cut. A wrapped label whose every word after the first starts in lower case (or
/// with no letter) shows by its letters alone that each of its lines goes on from the one above ("Museum," over
/// "samlet"): no heading or neighbour starts in it, whatever the spacing, so neither doubt applies to it.
/// </summary>
public sealed class WrappedLabelDoubts
{
    public const string FiguresOffLabelLine = "figures_off_label_line";
    public const string LoneWrappedLabel = "lone_wrapped_label";

    private readonly bool bottom;

    public WrappedLabelDoubts(string wrappedLabelValueAlignment)
    {
        bottom = TableOptions.FiguresOnLastLine(wrappedLabelValueAlignment);
    }

    public IEnumerable<ConfidenceReason> Find(BudgetTable table, ConfidencePenalties penalties)
    {
        var label = table.LabelColumn;
        if (label < 0)
        {
            yield break;
        }

        var numbers = table.Columns.Where(c => c.Role == ColumnRole.Number).Select(c => c.Index).ToList();
        var off = table.Rows.Where(r => OffLine(r, label, numbers)).Select(r => $"'{r.Label}'").ToList();
        if (off.Count > 0)
        {
            yield return new ConfidenceReason(FiguresOffLabelLine, $"{off.Count} row(s) with a wrapped label have their figures on another line than its {(bottom ? "last" : "first")}: {string.Join(", ", off.Take(3))}", penalties.FiguresOffLabelLine);
        }

        var withFigures = table.Rows.Where(r => Figures(r, numbers).Count > 0).ToList();
        if (withFigures is [var lone] && Wraps(lone, label, numbers) && !GoesOnByLetters(lone.Label))
        {
            yield return new ConfidenceReason(LoneWrappedLabel, $"the only row of figures has a wrapped label and no other row to measure the row spacing by: '{lone.Label}'", penalties.LoneWrappedLabel);
        }
    }

    private bool OffLine(BudgetRow row, int label, IReadOnlyList<int> numbers)
    {
        // A label that does not reach down (or up) to the middle of its figures was cut: the lines that carry or
        // surround them went to another row or were lost.
        if (row.Cells[label].Box is { } cut && Figures(row, numbers) is { Count: > 0 } all
            && (all.Min(f => f.Y0) + all.Max(f => f.Y1)) / 2 is var middle && (middle < cut.Y0 || middle > cut.Y1))
        {
            return true;
        }

        if (!Wraps(row, label, numbers) || GoesOnByLetters(row.Label))
        {
            return false;
        }

        var labelBox = row.Cells[label].Box!.Value;
        var figures = Figures(row, numbers);
        var line = figures.Max(f => f.Height);
        var edge = bottom ? figures.Max(f => f.Y1) : figures.Min(f => f.Y0);
        return Math.Abs(edge - (bottom ? labelBox.Y1 : labelBox.Y0)) > line / 2;
    }

    private static bool GoesOnByLetters(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words
        && words.Skip(1).All(w => !char.IsLetter(w[0]) || char.IsLower(w[0]));

    private static List<Box> Figures(BudgetRow row, IReadOnlyList<int> numbers) => numbers.Select(i => row.Cells[i].Box).OfType<Box>().ToList();

    /// <summary>One printed line is as high as a figure; a label at least one and a half of them high wraps.</summary>
    private static bool Wraps(BudgetRow row, int label, IReadOnlyList<int> numbers) =>
        row.Cells[label].Box is { } labelBox && Figures(row, numbers) is { Count: > 0 } figures && labelBox.Height >= 1.5 * figures.Max(f => f.Height);
}
