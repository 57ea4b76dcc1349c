using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Structure;

/// <summary>The state of the structure stage's walk through a document: where we are and what has been collected.</summary>
internal sealed class Walk
{
    private readonly HyphenationOptions hyphenation;
    private AreaBuilder? area;
    private ProposalBuilder? proposal;
    private SectionBuilder? section;
    private (string Id, string Caption, string? Title, int Page, List<string> Description)? pendingCaption;
    private string? lastHeading;
    private int lastParagraphPage;
    private bool breakSinceTable = true;

    public Walk(HyphenationOptions hyphenation)
    {
        this.hyphenation = hyphenation;
    }

    public List<SectionBuilder> General { get; } = [];

    public List<AreaBuilder> Areas { get; } = [];

    public List<TableContextBuilder> Contexts { get; } = [];

    public List<ProposalBuilder> Proposals { get; } = [];

    /// <summary>Form fields printed outside any proposal.</summary>
    public List<FormField> Fields { get; } = [];

    public List<string> Headings { get; } = [];

    public bool HasPendingCaption => pendingCaption is not null;

    /// <summary>True once a proposal has started: its numbered headings are its own sections, not activity areas.</summary>
    public bool InProposal => proposal is not null;

    public TableContextBuilder Table(int grid, StructureElement element)
    {
        var caption = pendingCaption;
        var context = new TableContextBuilder(
            grid,
            caption?.Id,
            caption?.Caption,
            caption is { } c ? c.Title : lastHeading,
            caption is { Description.Count: > 0 } d ? string.Join(' ', d.Description) : null,
            area,
            breakSinceTable || caption is not null,
            proposal?.Number);
        Contexts.Add(context);
        pendingCaption = null;
        breakSinceTable = false;
        lastParagraphPage = 0;
        return context;
    }

    /// <summary>A proposal starts (a form's title box, or a heading naming its number): what follows belongs to it.</summary>
    public void Proposal(string number, string? title, int page)
    {
        DropPendingCaption();
        proposal = new ProposalBuilder(number, title, page);
        Proposals.Add(proposal);
        area = null;
        section = null;
        lastHeading = title;
        breakSinceTable = true;
    }

    /// <summary>Form fields; without a context of their own they belong to the heading they are printed under.</summary>
    public void FormFields(IEnumerable<FormField> fields, string? context)
    {
        var list = proposal?.Fields ?? Fields;
        list.AddRange(fields.Select(f => f with { Context = context ?? lastHeading }));
    }

    /// <summary>An amount list: kept as a list, and its lines as text of the section it is printed in.</summary>
    public void Amounts(AmountList list)
    {
        DropPendingCaption();
        proposal?.AmountLists.Add(list);
        foreach (var line in list.Lines)
        {
            AddToSection(line.Label + " " + line.Printed, list.Page);
        }
    }

    public void Caption(string id, string text, string? title, int page)
    {
        DropPendingCaption();
        pendingCaption = (id, text, title, page, []);
        area?.Learn(id);
        breakSinceTable = true;
    }

    public void GeneralSection(string heading, int page)
    {
        DropPendingCaption();
        Headings.Add(heading);
        area = null;
        section = new SectionBuilder(null, heading, page);
        General.Add(section);
        lastHeading = heading;
        breakSinceTable = true;
    }

    public void Area(int? number, string name, int page)
    {
        DropPendingCaption();
        Headings.Add(name);
        area = new AreaBuilder(number, name, page);
        Areas.Add(area);
        section = null;
        lastHeading = name;
        breakSinceTable = true;
    }

    public void Section(string? number, string title, int page)
    {
        DropPendingCaption();
        Headings.Add(title);
        area?.Learn(number);
        section = new SectionBuilder(number, title, page);
        Sections().Add(section);
        lastHeading = title;
        breakSinceTable = true;
    }

    /// <summary>Adds a paragraph to the pending caption's description (returns true) or to the current section.</summary>
    public bool Paragraph(string text, int page)
    {
        if (ContinuesOverPage(text, page))
        {
            section!.Paragraphs[^1] = LineJoiner.Join([section.Paragraphs[^1], text], hyphenation);
            lastParagraphPage = page;
            return false;
        }

        if (pendingCaption is { } caption)
        {
            if (page <= caption.Page + 1)
            {
                caption.Description.Add(text);
                return true;
            }

            DropPendingCaption();
        }

        AddToSection(text, page);
        return false;
    }

    /// <summary>
    /// A caption whose table was not found (a picture of a table, say) gives up at the next heading or page: its text
    /// goes back to the section it was printed in.
    /// </summary>
    private void DropPendingCaption()
    {
        if (pendingCaption is not { } caption)
        {
            return;
        }

        pendingCaption = null;
        AddToSection(caption.Caption, caption.Page);
        foreach (var text in caption.Description)
        {
            AddToSection(text, caption.Page);
        }
    }

    private List<SectionBuilder> Sections() => area?.Sections ?? proposal?.Sections ?? General;

    /// <summary>
    /// A paragraph broken by a page break: the section's last paragraph, on the page before, ends mid-sentence and this
    /// one starts in lower case ("… men enkelte nyinvesterin-" / "ger vil kræve anlægsmidler").
    /// </summary>
    private bool ContinuesOverPage(string text, int page) =>
        pendingCaption is null
        && section is { Paragraphs.Count: > 0 }
        && page == lastParagraphPage + 1
        && text.Length > 0 && char.IsLower(text[0])
        && section.Paragraphs[^1].TrimEnd() is { Length: > 0 } last && !".!?:".Contains(last[^1]);

    private void AddToSection(string text, int page)
    {
        lastParagraphPage = page;
        if (section is null)
        {
            section = new SectionBuilder(null, string.Empty, page);
            Sections().Add(section);
        }

        section.Paragraphs.Add(text);
    }
}
