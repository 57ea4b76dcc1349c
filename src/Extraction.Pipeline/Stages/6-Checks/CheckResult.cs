using System.Globalization;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// The outcome of one arithmetic check: the printed target, the value computed from the terms and whether they agree.
/// A failed check is a warning carrying the numbers involved; values are never corrected.
/// </summary>
public sealed record CheckResult(CheckKind Kind, string Rule, CellReference Target, IReadOnlyList<CheckTerm> Terms, decimal Computed, bool Holds)
{
    public decimal Printed => Target.Value;

    public decimal Difference => Printed - Computed;

    public string Message
    {
        get
        {
            var terms = string.Join(
                " ",
                Terms.Select((t, i) => (i == 0 ? (t.Sign < 0 ? "-" : string.Empty) : t.Sign < 0 ? "- " : "+ ") + Describe(t.Cell)));
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{Rule}: {Describe(Target)} is {Printed:0.###}, but {terms} gives {Computed:0.###} (difference {Difference:0.###})");
        }
    }

    private static string Describe(CellReference cell) =>
        string.Create(CultureInfo.InvariantCulture, $"[{(cell.TableId is null ? cell.Table : "table " + cell.TableId)}, p. {cell.Page}] '{cell.RowLabel}' / '{cell.ColumnLabel}' ({cell.Value:0.###})");
}
