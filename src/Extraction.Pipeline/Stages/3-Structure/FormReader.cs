using System.Text.RegularExpressions;
using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Proposals;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Finds the parts of a page that are form data rather than prose, from its lines (tables left out): title boxes
/// (a line of known labels, "Titel" and "Nr.", with the values aligned under them; the labels may have been set aside
/// as a running header), groups of checkboxes, and lines that each pair an item with an amount set apart from it.
/// </summary>
internal sealed class FormReader
{
    private readonly ProposalOptions options;
    private readonly UnitReader units;
    private readonly Regex? number;
    private readonly HashSet<string> checkedMarks;
    private readonly HashSet<string> marks;

    public FormReader(ProposalOptions options, NumberOptions numbers)
    {
        this.options = options;
        units = new UnitReader(numbers);
        number = string.IsNullOrEmpty(options.NumberPattern) ? null : PatternSet.Compile(options.NumberPattern);
        checkedMarks = options.CheckedMarks.ToHashSet(StringComparer.Ordinal);
        marks = options.CheckedMarks.Concat(options.UncheckedMarks).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<FormElement> Find(PageLayout page, IReadOnlyList<Box> tables)
    {
        var lines = page.Lines.Where(l => !tables.Any(t => t.ContainsCentreOf(l.Box))).ToList();
        var elements = new List<FormElement>();
        var start = 0;
        if (lines.Count > 0 && LabelsSetAside(page, lines[0]) is { } labels
            && TitleBox(page.Number, labels, [WithSetAside(page, lines[0]), .. lines.Skip(1)], 0) is { } top)
        {
            elements.Add(top.Box);
            start = top.Lines;
        }

        for (var i = start; i < lines.Count; i++)
        {
            if (TitleBox(page.Number, lines[i], lines, i + 1) is { } box)
            {
                elements.Add(box.Box);
                i += box.Lines;
            }
            else if (IsCheckboxLine(lines[i]))
            {
                var end = Run(lines, i, IsCheckboxLine);
                var group = lines.GetRange(i, end - i);
                var title = i > 0 && Close(lines[i - 1], lines[i]) && IsLabel(lines[i - 1]) ? lines[i - 1] : null;
                var empty = end < lines.Count && Close(lines[end - 1], lines[end]) && IsEmptyLabel(lines, end) ? lines[end] : null;
                if (empty is not null)
                {
                    end++;
                }

                elements.Add(Checkboxes(page.Number, group, title, empty));
                i = end - 1;
            }
            else if (Amount(lines[i]) is not null)
            {
                var end = Run(lines, i, l => Amount(l) is not null);
                var list = lines.GetRange(i, end - i).Select(l => Amount(l)!).ToList();
                var extent = Box.Enclosing(lines.GetRange(i, end - i).Select(l => l.Box));
                elements.Add(new AmountListElement(page.Number, extent, new AmountList(page.Number, extent, list)));
                i = end - 1;
            }
        }

        return elements;
    }

    /// <summary>
    /// A line of title-box labels, at least one for the title and one for the number, and the lines of values under
    /// them from <paramref name="first"/> on, each of their segments under one label. A long title wraps onto more
    /// lines, and the number beside it is set midway down them: value lines go on while a label has no value yet, and
    /// then while the lines so far stay centred on the values already read (a line that would put their middle more
    /// than half a line below is no part of the box).
    /// </summary>
    private (TitleBoxElement Box, int Lines)? TitleBox(int page, TextLine labels, List<TextLine> lines, int first)
    {
        var keys = labels.Segments.Select(s => s.Text.Trim().TrimEnd(':').Trim()).ToList();
        if (keys.Count < 2 || !keys.All(k => IsOneOf(k, options.TitleLabels) || IsOneOf(k, options.NumberLabels))
            || !keys.Any(k => IsOneOf(k, options.TitleLabels)) || !keys.Any(k => IsOneOf(k, options.NumberLabels)))
        {
            return null;
        }

        var labelSegments = labels.Segments.ToList();
        var values = keys.Select(_ => new List<TextSegment>()).ToList();
        var end = first;
        for (var previous = labels; end < lines.Count && Close(previous, lines[end]); previous = lines[end++])
        {
            var line = lines[end];
            var columns = line.Segments.Select(s => labelSegments.FindIndex(l => Math.Abs(l.Box.X0 - s.Box.X0) <= options.AlignmentTolerance)).ToList();
            if (columns.Any(c => c < 0) || columns.Distinct().Count() != columns.Count
                || (values.All(v => v.Count > 0) && !CentredOn(values, lines[first].Box.Y0, line)))
            {
                break;
            }

            for (var k = 0; k < columns.Count; k++)
            {
                values[columns[k]].Add(line.Segments[k]);
            }
        }

        if (values.Any(v => v.Count == 0))
        {
            return null;
        }

        var fields = keys.Select((k, i) => new FormField(null, k, string.Join(' ', values[i].Select(s => s.Text.Trim())), null, page, Box.Enclosing(values[i].Select(s => s.Box)))).ToList();
        var title = fields.FirstOrDefault(f => IsOneOf(f.Key, options.TitleLabels))?.Value;
        var printed = fields.First(f => IsOneOf(f.Key, options.NumberLabels)).Value;
        var proposal = number?.Match(printed) is { Success: true } m ? m.Groups["number"].Value : null;
        var box = lines.GetRange(first, end - first).Aggregate(labels.Box, (b, l) => b.Union(l.Box));
        return (new TitleBoxElement(page, box, fields, proposal, title), end - first);
    }

    /// <summary>Whether value lines from <paramref name="top"/> down to <paramref name="line"/> have their middle within half a line of a value set on one line.</summary>
    private static bool CentredOn(List<List<TextSegment>> values, double top, TextLine line) =>
        values.Where(v => v.Count == 1).Any(v => (top + line.Box.Y1) / 2 <= v[0].Box.CenterY + (line.Box.Height / 2));

    /// <summary>
    /// The running-header line right above a page's first body line. A form that starts each page with its title box
    /// prints the same labels ("Titel", "Nr.") at the same height in the top margin of every page, so they are set
    /// aside as a running header while the values under them, which differ, stay in the body.
    /// </summary>
    private static TextLine? LabelsSetAside(PageLayout page, TextLine first)
    {
        var above = page.Furniture
            .Where(f => f.Kind == FurnitureKind.RunningHeader && f.Segment.Box.Y1 <= first.Box.Y0)
            .Select(f => f.Segment)
            .ToList();
        if (above.Count == 0)
        {
            return null;
        }

        var lowest = above.MaxBy(s => s.Box.Y0)!;
        var line = above.Where(s => s.Box.VerticalOverlap(lowest.Box) > 0).OrderBy(s => s.Box.X0).ToList();
        return new TextLine(line);
    }

    /// <summary>
    /// The line with the segments beside it that were set aside as a running header: a title box's number printed at
    /// the same height on every page ("T102", "T103") repeats once its digits are ignored.
    /// </summary>
    private static TextLine WithSetAside(PageLayout page, TextLine line)
    {
        var aside = page.Furniture.Where(f => f.Kind == FurnitureKind.RunningHeader && f.Segment.Box.VerticalOverlap(line.Box) > 0).Select(f => f.Segment).ToList();
        return aside.Count == 0 ? line : new TextLine(line.Segments.Concat(aside).OrderBy(s => s.Box.X0).ToList());
    }

    private bool IsCheckboxLine(TextLine line) => line.Words.Any(w => marks.Contains(w.Text));

    /// <summary>A short label alone on its line after checkboxes, with nothing filled in after it ("Adresse").</summary>
    private bool IsEmptyLabel(List<TextLine> lines, int index)
    {
        var line = lines[index];
        return IsLabel(line) && (index + 1 == lines.Count || !Close(line, lines[index + 1]));
    }

    /// <summary>A short bold text alone on its line: the title of a group of fields, or a field's label.</summary>
    private bool IsLabel(TextLine line) => line.Segments.Count == 1 && line.IsBold && line.Words.Count() <= options.LabelMaxWords;

    /// <summary>
    /// The checkboxes of a group. A segment that starts with a mark puts each mark before its label ("☐ Bispebjerg");
    /// otherwise each mark follows its label ("Bispebjerg ☐"). Text without a mark is not a field; a label left empty
    /// after the group ("Adresse") is one with an empty value.
    /// </summary>
    private CheckboxElement Checkboxes(int page, List<TextLine> lines, TextLine? title, TextLine? empty)
    {
        var fields = new List<FormField>();
        foreach (var segment in lines.SelectMany(l => l.Segments))
        {
            var markFirst = marks.Contains(segment.Words[0].Text);
            var words = new List<TextWord>();
            TextWord? open = null;
            foreach (var word in segment.Words)
            {
                if (!marks.Contains(word.Text))
                {
                    words.Add(word);
                    continue;
                }

                if (markFirst)
                {
                    if (open is not null && words.Count > 0)
                    {
                        fields.Add(Checkbox(page, words, open));
                    }

                    open = word;
                    words = [];
                }
                else if (words.Count > 0)
                {
                    fields.Add(Checkbox(page, words, word));
                    words = [];
                }
            }

            if (markFirst && open is not null && words.Count > 0)
            {
                fields.Add(Checkbox(page, words, open));
            }
        }

        if (empty is not null)
        {
            fields.Add(new FormField(null, Key(empty.Words), string.Empty, null, page, empty.Box));
        }

        var extent = Box.Enclosing(lines.Append(empty).OfType<TextLine>().Select(l => l.Box));
        return new CheckboxElement(page, title is null ? extent : extent.Union(title.Box), fields, title?.Text.Trim().TrimEnd(':').Trim());
    }

    private FormField Checkbox(int page, List<TextWord> label, TextWord mark) =>
        new(null, Key(label), mark.Text, checkedMarks.Contains(mark.Text), page, mark.Box);

    /// <summary>An item and an amount set apart from it: two segments, the second a number and a unit ("1.8 mio. kr.").</summary>
    private AmountLine? Amount(TextLine line)
    {
        if (line.Segments.Count != 2 || !line.Segments[0].Text.Any(char.IsLetter))
        {
            return null;
        }

        var amount = line.Segments[1];
        var value = DanishNumber.Parse(amount.Words[0].Text);
        var rest = string.Join(' ', amount.Words.Skip(1).Select(w => w.Text));
        if (value.Kind != NumberKind.Value || amount.Words.Count < 2 || !units.IsUnitOnly(rest) || units.Find(rest) is not { } unit)
        {
            return null;
        }

        return new AmountLine(line.Segments[0].Text.Trim(), amount.Text, value.Value!.Value, unit, line.Box);
    }

    private int Run(List<TextLine> lines, int start, Func<TextLine, bool> belongs)
    {
        var end = start + 1;
        while (end < lines.Count && Close(lines[end - 1], lines[end]) && belongs(lines[end]))
        {
            end++;
        }

        return end;
    }

    private bool Close(TextLine above, TextLine below) => below.Box.Y0 - above.Box.Y1 <= options.FormLineGapEm * below.FontSize;

    private static string Key(IEnumerable<TextWord> words) => string.Join(' ', words.Select(w => w.Text)).Trim().TrimEnd(':').Trim();

    private static bool IsOneOf(string text, IReadOnlyList<string> labels) => labels.Contains(text, StringComparer.OrdinalIgnoreCase);
}
