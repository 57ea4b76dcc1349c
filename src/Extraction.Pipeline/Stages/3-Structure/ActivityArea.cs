namespace Extraction.Pipeline.Structure;

/// <summary>A numbered activity area of a policy area ("3. Aktivitetsområde Systemer") and its text sections.</summary>
public sealed record ActivityArea(int? Number, string Name, int Page, IReadOnlyList<TextSection> Sections);
