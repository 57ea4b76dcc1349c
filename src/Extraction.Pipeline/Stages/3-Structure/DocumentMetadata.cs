namespace Extraction.Pipeline.Structure;

/// <summary>What a document is: its municipality, kind, fiscal year, policy area and committee, each null when not found.</summary>
public sealed record DocumentMetadata(string? Municipality, string? Kind, int? FiscalYear, string? PolicyArea, string? Committee);
