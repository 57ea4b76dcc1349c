namespace Extraction.Document;

/// <summary>A whole document as read: its pages and the metadata title, if the file has one.</summary>
public sealed record DocumentText(string SourcePath, string? Title, IReadOnlyList<PageText> Pages, IReadOnlyList<string> Warnings)
{
    private readonly int? pageCount;

    /// <summary>Pages in the file: more than <see cref="Pages"/> holds when only some were asked for.</summary>
    public int PageCount
    {
        get => pageCount ?? Pages.Count;
        init => pageCount = value;
    }

    /// <summary>The problems of <see cref="Warnings"/> that the reader typed, to count what was lost.</summary>
    public IReadOnlyList<ReadWarning> ReadWarnings { get; init; } = [];
}
