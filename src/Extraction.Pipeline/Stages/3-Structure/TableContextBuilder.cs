namespace Extraction.Pipeline.Structure;

/// <summary>Collects a table's context while the document is walked; notes arrive after the table itself.</summary>
internal sealed class TableContextBuilder
{
    public TableContextBuilder(int grid, string? id, string? caption, string? title, string? description, AreaBuilder? area, bool startsSection, string? proposal)
    {
        Proposal = proposal;
        Grid = grid;
        Id = id;
        Caption = caption;
        Title = title;
        Description = description;
        Area = area;
        StartsSection = startsSection;
    }

    public int Grid { get; }

    public string? Id { get; }

    public string? Caption { get; }

    public string? Title { get; }

    public string? Description { get; }

    public AreaBuilder? Area { get; }

    public bool StartsSection { get; }

    public string? Proposal { get; }

    public List<string> Notes { get; } = [];

    public TableContext Build() => new(Grid, Id, Caption, Title, Description, Notes.ToList(), Area?.Number, StartsSection, Proposal);
}
