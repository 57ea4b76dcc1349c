using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>How the ground truth's tables are expected to appear in the output.</summary>
internal static class GoldenTables
{
    /// <summary>
    /// The table id the output must carry: the number printed in the caption; for an uncaptioned table of a proposal
    /// form, the proposal number, with the table's index among the proposal's tables when it has several ("T103.2").
    /// A table's context is a proposal when the truth has form fields in that context (other truths use it for the
    /// heading a table is under).
    /// </summary>
    public static string? ExpectedId(Truth truth, TruthTable table)
    {
        if (table.Caption is not null || table.Context is null || !(truth.Fields ?? []).Any(f => f.Context == table.Context))
        {
            return table.Id;
        }

        var siblings = truth.Tables.Where(t => t.Context == table.Context && t.Caption is null).ToList();
        return siblings.Count == 1 ? table.Context : $"{table.Context}.{siblings.IndexOf(table) + 1}";
    }

    /// <summary>Each truth table with the output table in the same place of the document (tables are found in document order).</summary>
    public static IEnumerable<(TruthTable Truth, BudgetTable Actual)> Pairs(Truth truth, DocumentExtraction extraction)
    {
        Assert.That(extraction.Tables.Select(t => t.Id), Is.EqualTo(truth.Tables.Select(t => ExpectedId(truth, t))), "tables found");
        return truth.Tables.Zip(extraction.Tables);
    }
}
