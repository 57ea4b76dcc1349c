namespace Extraction.Pipeline.Structure;

/// <summary>Collects a text section's paragraphs while the document is walked.</summary>
internal sealed class SectionBuilder
{
    public SectionBuilder(string? number, string title, int page)
    {
        Number = number;
        Title = title;
        Page = page;
    }

    public string? Number { get; }

    public string Title { get; }

    public int Page { get; }

    public List<string> Paragraphs { get; } = [];

    public TextSection Build(IReadOnlyList<string> fieldLabels) =>
        new(Number, Title, Page, Paragraphs.ToList(), DescriptionFields.Read(Paragraphs, fieldLabels));
}
