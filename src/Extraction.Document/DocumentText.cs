namespace Extraction.Document;

/// <summary>A whole document as read: its pages and the metadata title, if the file has one.</summary>
public sealed record DocumentText(string SourcePath, string? Title, IReadOnlyList<PageText> Pages, IReadOnlyList<string> Warnings);
