namespace Extraction.Core.Structure;

/// <summary>The structure stage's output: document metadata, activity areas with their text, and the context of each table.</summary>
public sealed record DocumentStructure(
    string? Title,
    string? Municipality,
    string? DocumentKind,
    int? FiscalYear,
    string? PolicyArea,
    IReadOnlyList<TextSection> GeneralSections,
    IReadOnlyList<ActivityArea> ActivityAreas,
    IReadOnlyList<TableContext> Tables);
