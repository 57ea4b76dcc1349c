using Extraction.Document;
using Extraction.Pipeline.Structure;

namespace Extraction.Pipeline;

/// <summary>
/// What a batch manifest says about a document, overriding what the structure stage detects. Applied right after that
/// stage, so assembly (years that default to the fiscal year) and the checks work with the given values.
/// </summary>
public sealed record DocumentOverrides(string? Municipality = null, int? FiscalYear = null, string? DocumentKind = null, string? SourceUrl = null)
{
    public static readonly DocumentOverrides None = new();

    public bool IsEmpty => this == None;

    public DocumentStructure ApplyTo(DocumentStructure structure) => structure with
    {
        Municipality = Municipality ?? structure.Municipality,
        FiscalYear = FiscalYear ?? structure.FiscalYear,
        DocumentKind = DocumentKind ?? structure.DocumentKind,
    };
}
