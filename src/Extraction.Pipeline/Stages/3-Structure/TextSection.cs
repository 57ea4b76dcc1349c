namespace Extraction.Pipeline.Structure;

/// <summary>A titled run of text (e.g. "1.3 Tillæg"): its paragraphs as printed and the fields of a short description.</summary>
public sealed record TextSection(string? Number, string Title, int Page, IReadOnlyList<string> Paragraphs, IReadOnlyDictionary<string, string> Fields);
