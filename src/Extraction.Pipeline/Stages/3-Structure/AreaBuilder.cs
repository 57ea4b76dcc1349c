namespace Extraction.Pipeline.Structure;

/// <summary>Collects an activity area while the document is walked; its number may only be learnt from the sections under it.</summary>
internal sealed class AreaBuilder
{
    public AreaBuilder(int? number, string name, int page)
    {
        Number = number;
        Name = name;
        Page = page;
    }

    public int? Number { get; set; }

    public string Name { get; }

    public int Page { get; }

    public List<SectionBuilder> Sections { get; } = [];

    /// <summary>Learns the area's number from a section or table number under it ("1.3" → 1) when the heading had none.</summary>
    public void Learn(string? sectionNumber)
    {
        if (Number is not null || sectionNumber is null)
        {
            return;
        }

        var dot = sectionNumber.IndexOf('.');
        if (dot > 0 && int.TryParse(sectionNumber[..dot], out var number))
        {
            Number = number;
        }
    }

    public ActivityArea Build(IReadOnlyList<string> fieldLabels) =>
        new(Number, Name, Page, Sections.Select(s => s.Build(fieldLabels)).ToList());
}
