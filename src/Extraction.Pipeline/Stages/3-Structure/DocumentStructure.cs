namespace Extraction.Pipeline.Structure;

/// <summary>The structure stage's output: document metadata, activity areas with their text, and the context of each table.</summary>
public sealed record DocumentStructure(
    string? Title,
    string? Municipality,
    string? DocumentKind,
    int? FiscalYear,
    string? PolicyArea,
    IReadOnlyList<TextSection> GeneralSections,
    IReadOnlyList<ActivityArea> ActivityAreas,
    IReadOnlyList<TableContext> Tables)
{
    /// <summary>Every body block of the document in reading order, with the role it was given.</summary>
    public IReadOnlyList<ClassifiedBlock> Blocks { get; init; } = [];

    /// <summary>Charts recognised in the document, in page order.</summary>
    public IReadOnlyList<Chart> Charts { get; init; } = [];

    /// <summary>The committee the document is for ("Økonomiudvalget"), when it names one.</summary>
    public string? Committee { get; init; }

    /// <summary>The proposals or corrections the document holds, in document order.</summary>
    public IReadOnlyList<ProposalContext> Proposals { get; init; } = [];

    /// <summary>Form fields printed outside any proposal.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];
}
