using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Structure stage: walks the document in reading order and reads its metadata, general sections, activity areas with
/// their text sections, and the caption, description, notes and activity area of each table. Its steps: the form
/// elements of each page (<see cref="FormReader"/>); blocks, tables and forms in reading order (<see cref="ElementStream"/>);
/// the walk that gives each block its role; the roles of blocks the walk never saw (<see cref="BlockRoles"/>); the
/// metadata (<see cref="MetadataReader"/>) and charts (<see cref="ChartFinder"/>).
/// </summary>
internal sealed class StructureReader
{
    private readonly StructureOptions options;
    private readonly MetadataReader metadata;
    private readonly PatternSet captions;
    private readonly PatternSet figures;
    private readonly PatternSet notes;
    private readonly PatternSet areas;
    private readonly PatternSet general;
    private readonly PatternSet subsections;
    private readonly PatternSet proposalHeadings;
    private readonly FormReader forms;

    private readonly HyphenationOptions hyphenation;
    private readonly BlockParagraphs paragraphs;
    private readonly ChartFinder? charts;

    /// <param name="series">Reads chart legends as measures and years; without it no charts are looked for.</param>
    public StructureReader(StructureOptions options, LayoutOptions layout, ProposalOptions proposals, NumberOptions numbers, ColumnHeaderParser? series = null)
    {
        this.options = options;
        hyphenation = layout.Hyphenation;
        charts = series is null ? null : new ChartFinder(series);
        metadata = new MetadataReader(options);
        captions = new PatternSet(options.CaptionPatterns);
        figures = new PatternSet(options.FigureCaptionPatterns);
        notes = new PatternSet(options.NotePatterns);
        paragraphs = new BlockParagraphs(notes, layout);
        areas = new PatternSet(options.ActivityAreaPatterns);
        general = new PatternSet(options.GeneralSectionPatterns);
        subsections = new PatternSet(options.SubsectionPatterns);
        proposalHeadings = new PatternSet(proposals.HeadingPatterns);
        forms = new FormReader(proposals, numbers);
    }

    public DocumentStructure Read(DocumentLayout layout, IReadOnlyList<TableGrid> tables)
    {
        var bodySize = BodyFontSize(layout);
        var walk = new Walk(hyphenation);
        var roles = new List<(int Page, TextBlock? Block, BlockRole Role)>();
        TableContextBuilder? noteTarget = null;
        StructureElement? previous = null;
        var formElements = layout.Pages
            .SelectMany(p => forms.Find(p, tables.Where(t => t.Page == p.Number).Select(t => t.Box).ToList()))
            .ToList();
        foreach (var element in ElementStream.Build(layout, tables, formElements, hyphenation, options.CentreInsideTolerance))
        {
            if (element.Form is { } form)
            {
                noteTarget = null;
                previous = element;
                Form(walk, form);
                continue;
            }

            if (element.Table is { } index)
            {
                noteTarget = walk.Table(index, element);
                previous = element;
                roles.Add((element.Page, null, BlockRole.Table));
                continue;
            }

            var block = element.Block!;
            var text = block.Text;
            if (noteTarget is not null && notes.IsMatch(text) && IsNear(previous, element, block.FontSize))
            {
                noteTarget.Notes.AddRange(paragraphs.Notes(block));
                previous = element;
                roles.Add((element.Page, block, BlockRole.Note));
                continue;
            }

            noteTarget = null;
            previous = element;
            roles.Add((element.Page, block, Classify(walk, block, element.Page, bodySize)));
        }

        var found = metadata.Read(
            layout.Title ?? walk.Headings.FirstOrDefault(),
            MetadataReader.MarginTexts(layout),
            walk.Headings,
            layout.Pages.SelectMany(p => p.Blocks).Select(b => b.Text).ToList());
        return new DocumentStructure(
            layout.Title ?? walk.Headings.FirstOrDefault(),
            found.Municipality,
            found.Kind,
            found.FiscalYear,
            found.PolicyArea,
            walk.General.Select(s => s.Build(options.DescriptionFields)).ToList(),
            walk.Areas.Select(a => a.Build(options.DescriptionFields)).ToList(),
            walk.Contexts.Select(c => c.Build()).OrderBy(c => c.Grid).ToList())
        {
            Committee = found.Committee,
            Proposals = walk.Proposals.Select(p => p.Build(options.DescriptionFields)).ToList(),
            Fields = walk.Fields.ToList(),
            Blocks = BlockRoles.Of(layout, roles, formElements),
            Charts = charts?.Find(roles, layout) ?? [],
        };
    }

    /// <summary>Hands the block to the walk by what it is, and returns that role.</summary>
    private BlockRole Classify(Walk walk, TextBlock block, int page, double bodySize)
    {
        var text = block.Text;
        if (captions.Match(text) is { } caption && IsShortOrBold(block))
        {
            walk.Caption(caption.Groups["id"].Value, text, Title(caption), page);
            return BlockRole.Caption;
        }

        if (figures.IsMatch(text))
        {
            return BlockRole.FigureCaption;
        }

        if (IsHeading(block, bodySize))
        {
            Heading(walk, text, page);
            return BlockRole.Heading;
        }

        if (block.FontSize >= options.SectionTextMinFontRatio * bodySize || walk.HasPendingCaption)
        {
            var description = false;
            foreach (var paragraph in paragraphs.ListItems(block))
            {
                description |= walk.Paragraph(paragraph, page);
            }

            return description ? BlockRole.Description : BlockRole.Prose;
        }

        return BlockRole.ChartText;
    }

    private static void Form(Walk walk, FormElement form)
    {
        switch (form)
        {
            case TitleBoxElement box when box.Number is not null:
                walk.Proposal(box.Number, box.Title, box.Page);
                walk.FormFields(box.Fields, box.Number);
                break;
            case TitleBoxElement box:
                walk.FormFields(box.Fields, null);
                break;
            case CheckboxElement checkboxes:
                walk.FormFields(checkboxes.Fields, checkboxes.Title);
                break;
            case AmountListElement amounts:
                walk.Amounts(amounts.List);
                break;
        }
    }

    private void Heading(Walk walk, string text, int page)
    {
        if (proposalHeadings.Match(text) is { } proposal)
        {
            walk.Headings.Add(text);
            walk.Proposal(proposal.Groups["number"].Value, proposal.Groups["title"].Value.Trim(), page);
        }
        else if (general.IsMatch(text))
        {
            walk.GeneralSection(text, page);
        }
        else if (!walk.InProposal && areas.Match(text) is { } area)
        {
            var number = area.Groups["number"].Success && int.TryParse(area.Groups["number"].Value, out var n) ? n : (int?)null;
            walk.Area(number, area.Groups["name"].Value.Trim(), page);
        }
        else if (subsections.Match(text) is { } sub)
        {
            walk.Section(sub.Groups["number"].Value, sub.Groups["title"].Value.Trim(), page);
        }
        else
        {
            walk.Section(null, text, page);
        }
    }

    private string? Title(System.Text.RegularExpressions.Match caption)
    {
        var title = caption.Groups["title"].Success ? caption.Groups["title"].Value.Trim() : string.Empty;
        return title.Length == 0 || options.BareCaptionWords.Contains(title, StringComparer.OrdinalIgnoreCase) ? null : title;
    }

    /// <summary>A caption is set apart: bold, or no longer than a heading (prose may start with "Tabel 2 viser …").</summary>
    private bool IsShortOrBold(TextBlock block) =>
        block.IsBold || block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= options.HeadingMaxWords;

    /// <summary>A short bold block not smaller than the body text; a description field's label ("Aktivitet:") is not a heading.</summary>
    private bool IsHeading(TextBlock block, double bodySize) =>
        block.IsBold
        && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= options.HeadingMaxWords
        && block.FontSize >= bodySize - options.HeadingFontTolerance
        && !options.DescriptionFields.Any(f => block.Text.StartsWith(f + ":", StringComparison.OrdinalIgnoreCase));

    private bool IsNear(StructureElement? above, StructureElement below, double fontSize) =>
        above is not null && above.Page == below.Page && below.Top - above.Bottom <= options.NoteMaxGapEm * fontSize;

    private static double BodyFontSize(DocumentLayout layout)
    {
        // Counted in one dictionary: every word of the document passes here.
        var weights = new Dictionary<double, int>();
        foreach (var word in layout.Pages.SelectMany(p => p.Lines).SelectMany(l => l.Segments).SelectMany(s => s.Words))
        {
            var size = Math.Round(word.FontSize * 2) / 2;
            weights[size] = weights.GetValueOrDefault(size) + word.Text.Length;
        }

        return weights.Count == 0 ? 0 : weights.MaxBy(w => w.Value).Key;
    }
}
