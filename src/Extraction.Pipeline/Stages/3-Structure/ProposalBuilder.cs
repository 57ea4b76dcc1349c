namespace Extraction.Pipeline.Structure;

/// <summary>Collects a proposal while the document is walked: the sections, fields and amount lists printed after its start.</summary>
internal sealed class ProposalBuilder
{
    public ProposalBuilder(string number, string? title, int page)
    {
        Number = number;
        Title = title;
        Page = page;
    }

    public string Number { get; }

    public string? Title { get; }

    public int Page { get; }

    public List<SectionBuilder> Sections { get; } = [];

    public List<FormField> Fields { get; } = [];

    public List<AmountList> AmountLists { get; } = [];

    public ProposalContext Build(IReadOnlyList<string> fieldLabels) =>
        new(Number, Title, Page, Sections.Select(s => s.Build(fieldLabels)).ToList(), Fields.ToList(), AmountLists.ToList());
}
