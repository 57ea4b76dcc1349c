using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Checks;

/// <summary>
/// Checks stage: every arithmetic relation that can be read off the tables, as results (failures are warnings). Tables
/// of text have nothing to check; tables whose figures are pending ("Opdateres med tal i juni") are not checked.
/// </summary>
public sealed class ConsistencyChecker
{
    private readonly CheckOptions options;
    private readonly SubjectPatterns subjectPatterns;
    private readonly Measure? rowTotal;

    public ConsistencyChecker(CheckOptions options, IReadOnlyList<string> totalRowPatterns)
    {
        this.options = options;
        subjectPatterns = new SubjectPatterns(options, totalRowPatterns);
        rowTotal = MeasureNames.TryParse(options.RowTotalMeasure, out var measure) ? measure : null;
    }

    public IReadOnlyList<CheckResult> Check(IReadOnlyList<BudgetTable> tables, DocumentStructure structure)
    {
        var results = new List<CheckResult>();
        var checkable = tables.Where(t => t.Kind == Tables.TableKind.Numeric && !t.FiguresPending).ToList();
        foreach (var table in checkable)
        {
            results.AddRange(ColumnSumCheck.Run(table, options.Tolerance));
            results.AddRange(RowFormulaCheck.Run(table, options.RowFormulas, options.Tolerance));
            if (rowTotal is { } total)
            {
                results.AddRange(RowSumCheck.Run(table, total, options.Tolerance));
            }
        }

        var subjects = new SubjectResolver(subjectPatterns, structure.ActivityAreas);
        results.AddRange(CrossTableCheck.Run(checkable, subjects, options.EquivalentMeasures, options.Tolerance));
        return results;
    }
}
