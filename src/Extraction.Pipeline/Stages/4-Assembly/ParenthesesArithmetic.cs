using Extraction.Document.Numbers;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Whether numbers printed in accounting parentheses ("(12.440)") are negative, table by table, where
/// numbers.parentheses_are_negative leaves them as text: a table whose totals hold with them read as negatives, and
/// do not hold with them read as positives, shows by its own arithmetic what they mean; it reads them negative and says
/// so (<see cref="BudgetTable.ParenthesesByArithmetic"/>, a doubt the confidence step reports). Any other table keeps
/// the setting's decision: text, an unread figure the user sees.
/// </summary>
public sealed class ParenthesesArithmetic
{
    private readonly CellNumberReader signed;
    private readonly bool negativeBySetting;
    private readonly decimal tolerance;

    /// <param name="numbers">Number options (the conventions and the setting).</param>
    /// <param name="tolerance">The checks' tolerance (pipeline.json <c>checks.tolerance</c>): a total holds within it.</param>
    public ParenthesesArithmetic(NumberOptions numbers, decimal tolerance)
    {
        signed = new CellNumberReader(numbers with { ParenthesesAreNegative = true });
        negativeBySetting = numbers.ParenthesesAreNegative;
        this.tolerance = tolerance;
    }

    public IReadOnlyList<BudgetTable> Apply(IReadOnlyList<BudgetTable> tables) =>
        negativeBySetting ? tables : tables.Select(Decide).ToList();

    private BudgetTable Decide(BudgetTable table)
    {
        if (table.Kind != TableKind.Numeric || table.FiguresPending)
        {
            return table;
        }

        var parenthesised = new Dictionary<(int Row, int Column), CellNumber>();
        foreach (var column in Cells.NumberColumns(table))
        {
            foreach (var row in table.Rows)
            {
                var cell = row.Cells[column];
                if (cell.Kind == NumberKind.Text && signed.Read(cell.Text, table.NumberConvention) is { Kind: NumberKind.Value, NegativeByParentheses: true } number)
                {
                    parenthesised[(row.Index, column)] = number;
                }
            }
        }

        if (parenthesised.Count == 0)
        {
            return table;
        }

        var negative = With(table, parenthesised, 1);
        var asNegatives = Involving(ColumnSumCheck.Run(negative, tolerance), parenthesised).ToList();
        var asPositives = Involving(ColumnSumCheck.Run(With(table, parenthesised, -1), tolerance), parenthesised).ToList();
        return asNegatives.Count > 0 && asNegatives.All(c => c.Holds) && !asPositives.All(c => c.Holds)
            ? negative with { ParenthesesByArithmetic = true }
            : table;
    }

    /// <summary>The table with its parenthesised cells read, their values (negative) multiplied by <paramref name="sign"/>.</summary>
    private static BudgetTable With(BudgetTable table, Dictionary<(int Row, int Column), CellNumber> parenthesised, int sign) => table with
    {
        Rows = table.Rows.Select(row => row with
        {
            Cells = row.Cells.Select((cell, column) => parenthesised.TryGetValue((row.Index, column), out var number)
                ? cell with { Kind = NumberKind.Value, Value = sign * number.Value, NegativeByParentheses = sign > 0, Unit = number.Unit }
                : cell).ToList(),
        }).ToList(),
    };

    private static IEnumerable<CheckResult> Involving(IEnumerable<CheckResult> checks, Dictionary<(int Row, int Column), CellNumber> cells) =>
        checks.Where(c => cells.ContainsKey((c.Target.Row, c.Target.Column)) || c.Terms.Any(t => cells.ContainsKey((t.Cell.Row, t.Cell.Column))));
}
