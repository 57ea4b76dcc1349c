namespace Extraction.Pipeline.Layout;

/// <summary>The layout stage's output for a whole document.</summary>
public sealed record DocumentLayout(string SourcePath, string? Title, IReadOnlyList<PageLayout> Pages);
