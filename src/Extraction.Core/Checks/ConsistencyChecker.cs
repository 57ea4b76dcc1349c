using Extraction.Core.Model;
using Extraction.Core.Structure;

namespace Extraction.Core.Checks;

/// <summary>Checks stage: every arithmetic relation that can be read off the tables, as results (failures are warnings).</summary>
public sealed class ConsistencyChecker
{
    private readonly CheckOptions options;
    private readonly SubjectPatterns subjectPatterns;

    public ConsistencyChecker(CheckOptions options, IReadOnlyList<string> totalRowPatterns)
    {
        this.options = options;
        subjectPatterns = new SubjectPatterns(options, totalRowPatterns);
    }

    public IReadOnlyList<CheckResult> Check(IReadOnlyList<BudgetTable> tables, DocumentStructure structure)
    {
        var results = new List<CheckResult>();
        foreach (var table in tables)
        {
            results.AddRange(ColumnSumCheck.Run(table, options.Tolerance));
            results.AddRange(RowFormulaCheck.Run(table, options.RowFormulas, options.Tolerance));
        }

        var subjects = new SubjectResolver(subjectPatterns, structure.ActivityAreas);
        results.AddRange(CrossTableCheck.Run(tables, subjects, options.EquivalentMeasures, options.Tolerance));
        return results;
    }
}
