using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Structure stage: walks the document in reading order and reads its metadata, general sections, activity areas with
/// their text sections, and the caption, description, notes and activity area of each table.
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
    private readonly LayoutOptions layout;
    private readonly HashSet<string> bullets;
    private readonly ChartFinder? charts;

    /// <param name="series">Reads chart legends as measures and years; without it no charts are looked for.</param>
    public StructureReader(StructureOptions options, LayoutOptions layout, ProposalOptions proposals, NumberOptions numbers, ColumnHeaderParser? series = null)
    {
        this.options = options;
        this.layout = layout;
        hyphenation = layout.Hyphenation;
        bullets = layout.BulletMarkers.ToHashSet(StringComparer.Ordinal);
        charts = series is null ? null : new ChartFinder(series);
        metadata = new MetadataReader(options);
        captions = new PatternSet(options.CaptionPatterns);
        figures = new PatternSet(options.FigureCaptionPatterns);
        notes = new PatternSet(options.NotePatterns);
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
                noteTarget.Notes.AddRange(SplitNotes(block));
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
            Blocks = ClassifiedBlocks(layout, roles, formElements),
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
            foreach (var paragraph in ListItems(block))
            {
                description |= walk.Paragraph(paragraph, page);
            }

            return description ? BlockRole.Description : BlockRole.Prose;
        }

        return BlockRole.ChartText;
    }

    /// <summary>Every body block with its role; blocks the walk never saw lie inside a form element or a table.</summary>
    private static List<ClassifiedBlock> ClassifiedBlocks(
        DocumentLayout layout, List<(int Page, TextBlock? Block, BlockRole Role)> roles, IReadOnlyList<FormElement> forms)
    {
        var seen = new Dictionary<TextBlock, BlockRole>(ReferenceEqualityComparer.Instance);
        foreach (var (_, block, role) in roles.Where(r => r.Block is not null))
        {
            seen[block!] = role;
        }

        BlockRole Unseen(int page, Box box) =>
            forms.Any(f => f.Page == page && f.Box.HorizontalOverlap(box) > 0 && f.Box.VerticalOverlap(box) > 0) ? BlockRole.Form : BlockRole.Table;

        return layout.Pages
            .SelectMany(p => p.Blocks.Select(b => new ClassifiedBlock(p.Number, b.Box, seen.TryGetValue(b, out var role) ? role : Unseen(p.Number, b.Box))))
            .ToList();
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

    /// <summary>
    /// A block may hold several notes set close together ("Anm: …" "Anm: …"): a line that starts like a note, after a
    /// line that ends a sentence, starts a new one.
    /// </summary>
    private IEnumerable<string> SplitNotes(TextBlock block)
    {
        var current = new List<string>();
        foreach (var line in block.Lines)
        {
            if (current.Count > 0 && current[^1].TrimEnd().EndsWith('.') && notes.IsMatch(line.Text))
            {
                yield return LineJoiner.Join(current, hyphenation);
                current.Clear();
            }

            current.Add(line.Text);
        }

        if (current.Count > 0)
        {
            yield return LineJoiner.Join(current, hyphenation);
        }
    }

    /// <summary>
    /// A block holding a list is one paragraph per item: a line starting with a list marker starts the next item, and a
    /// line starting left of an item's text (back at the margin) the paragraph after the list.
    /// </summary>
    private IEnumerable<string> ListItems(TextBlock block)
    {
        if (!block.Lines.Any(IsItem))
        {
            yield return block.Text;
            yield break;
        }

        var current = new List<string>();
        double? itemTextX0 = null;
        foreach (var line in block.Lines)
        {
            var backAtMargin = itemTextX0 is { } x && line.Box.X0 < x - (layout.IndentToleranceEm * line.FontSize);
            if (current.Count > 0 && (IsItem(line) || backAtMargin))
            {
                yield return LineJoiner.Join(current, hyphenation);
                current.Clear();
            }

            itemTextX0 = IsItem(line) ? line.Words[1].Box.X0 : backAtMargin ? null : itemTextX0;
            current.Add(line.Text);
        }

        if (current.Count > 0)
        {
            yield return LineJoiner.Join(current, hyphenation);
        }
    }

    private bool IsItem(TextSegment line) => line.Words.Count > 1 && bullets.Contains(line.Words[0].Text);

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
        var sizes = layout.Pages
            .SelectMany(p => p.Lines)
            .SelectMany(l => l.Words)
            .GroupBy(w => Math.Round(w.FontSize * 2) / 2)
            .Select(g => (Size: g.Key, Weight: g.Sum(w => w.Text.Length)))
            .ToList();
        return sizes.Count == 0 ? 0 : sizes.MaxBy(s => s.Weight).Size;
    }
}
