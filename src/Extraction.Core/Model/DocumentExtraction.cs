using Extraction.Core.Checks;
using Extraction.Core.Structure;

namespace Extraction.Core.Model;

/// <summary>Everything read from one document: structure and metadata, typed tables and the checks on them.</summary>
/// <param name="SourcePath">The PDF as given.</param>
/// <param name="PageCount">Pages in the document.</param>
/// <param name="Structure">Metadata, activity areas, text sections and table contexts.</param>
/// <param name="Tables">Typed tables in document order.</param>
/// <param name="Checks">Every arithmetic check made; those that do not hold are the warnings.</param>
/// <param name="ReaderWarnings">Problems the PDF reader worked around.</param>
public sealed record DocumentExtraction(
    string SourcePath,
    int PageCount,
    DocumentStructure Structure,
    IReadOnlyList<BudgetTable> Tables,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<string> ReaderWarnings)
{
    public string SourceFile => Path.GetFileName(SourcePath);

    public IEnumerable<CheckResult> Warnings => Checks.Where(c => !c.Holds);

    /// <summary>Name of an activity area by number, if the document has it.</summary>
    public string? ActivityAreaName(int? number) =>
        number is null ? null : Structure.ActivityAreas.FirstOrDefault(a => a.Number == number)?.Name;
}
