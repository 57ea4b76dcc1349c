using Extraction.Document;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline;

/// <summary>Everything read from one document: structure and metadata, typed tables and the checks on them.</summary>
/// <param name="SourcePath">The PDF as given.</param>
/// <param name="PageCount">Pages in the document.</param>
/// <param name="PageLabels">The page number printed on each page (index 0 = page 1); null where none is printed.</param>
/// <param name="Structure">Metadata, activity areas, text sections and table contexts.</param>
/// <param name="Tables">Typed tables in document order.</param>
/// <param name="Checks">Every arithmetic check made; those that do not hold are the warnings.</param>
/// <param name="ReaderWarnings">Problems the PDF reader worked around.</param>
public sealed record DocumentExtraction(
    string SourcePath,
    int PageCount,
    IReadOnlyList<string?> PageLabels,
    DocumentStructure Structure,
    IReadOnlyList<BudgetTable> Tables,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<string> ReaderWarnings)
{
    /// <summary>The proposals or technical corrections the document holds, in document order; empty for budget notes.</summary>
    public IReadOnlyList<Proposal> Proposals { get; init; } = [];

    /// <summary>The cells whose figures restate money given elsewhere (totals, subtotals, summary tables); the rest are the leaves.</summary>
    public IReadOnlyList<Restatement> Restatements { get; init; } = [];

    /// <summary>Content the reader could not read (unread pages, skipped streams): such a result is not clean.</summary>
    public ReadLosses ReadLosses { get; init; } = ReadLosses.None;

    public string SourceFile => Path.GetFileName(SourcePath);

    public IEnumerable<CheckResult> Warnings => Checks.Where(c => !c.Holds);

    /// <summary>Cells of number columns whose text is not a number: in the tables as printed, not in the facts.</summary>
    public IEnumerable<UnreadFigure> UnreadFigures => Tables.Where(t => t.Kind == TableKind.Numeric).SelectMany(UnreadFigure.In);

    /// <summary>The page number printed on physical page <paramref name="page"/> (1-based), if any.</summary>
    public string? PageLabel(int page) => page >= 1 && page <= PageLabels.Count ? PageLabels[page - 1] : null;

    /// <summary>Name of an activity area by number, if the document has it.</summary>
    public string? ActivityAreaName(int? number) =>
        number is null ? null : Structure.ActivityAreas.FirstOrDefault(a => a.Number == number)?.Name;
}
