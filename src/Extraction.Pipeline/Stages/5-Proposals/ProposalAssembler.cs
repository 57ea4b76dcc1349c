using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Proposals;

/// <summary>
/// Builds the proposal records once the tables are typed: the form fields read in the text together with the values
/// printed beside the proposal's tables, and from them the start date, the service-ceiling answer, the full-time
/// equivalents per year and the sign convention. Values are read as printed; a value that does not read (a date that
/// is no date, "Ja/nej") is kept as printed without a typed value.
/// </summary>
public sealed class ProposalAssembler
{
    private readonly ProposalOptions options;
    private readonly DanishDate dates;
    private readonly PatternSet fullTime;
    private readonly PatternSet signs;
    private readonly PatternSet totals;

    public ProposalAssembler(ProposalOptions options, IReadOnlyList<string> totalRowPatterns)
    {
        this.options = options;
        dates = new DanishDate(options.MonthNames);
        fullTime = new PatternSet(options.FullTimeEquivalentPatterns);
        signs = new PatternSet(options.SignConventionPatterns);
        totals = new PatternSet(totalRowPatterns);
    }

    public IReadOnlyList<Proposal> Build(DocumentStructure structure, IReadOnlyList<BudgetTable> tables) =>
        structure.Proposals.Select(p => Build(p, tables.Where(t => t.Proposal == p.Number).ToList())).ToList();

    private Proposal Build(ProposalContext context, List<BudgetTable> tables)
    {
        var fields = context.Fields
            .Concat(tables.SelectMany(t => t.SideFields.Select(f => new FormField(context.Number, f.Key, f.Value, null, f.Page, f.Box))))
            .OrderBy(f => f.Page)
            .ThenBy(f => f.Box?.Y0 ?? 0)
            .ThenBy(f => f.Box?.X0 ?? 0)
            .ToList();
        var start = Field(fields, options.StartDateKeys);
        var ceiling = Field(fields, options.ServiceCeilingKeys);
        return new Proposal(
            context.Number,
            context.Title,
            context.Page,
            fields,
            start is null ? null : new PrintedDate(start.Value, dates.Parse(start.Value)),
            ceiling is null ? null : new PrintedAnswer(ceiling.Value, Answer(ceiling.Value)),
            FullTimeEquivalents(tables),
            tables.SelectMany(t => t.InlineNotes.Select(n => n.Text).Concat(t.Notes)).FirstOrDefault(signs.IsMatch),
            tables.Any(t => t.FiguresPending),
            context.Sections,
            context.AmountLists.Select(l => l with { Lines = l.Lines.Select(a => a with { Kind = totals.IsMatch(a.Label) ? RowKind.Total : RowKind.Data }).ToList() }).ToList(),
            tables.Select(t => t.Uid).ToList());
    }

    private static FormField? Field(List<FormField> fields, IReadOnlyList<string> keys) =>
        fields.FirstOrDefault(f => keys.Contains(f.Key, StringComparer.OrdinalIgnoreCase) && f.Value.Length > 0);

    private bool? Answer(string printed)
    {
        var text = printed.Trim().TrimEnd('.');
        return options.YesWords.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
            : options.NoWords.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
            : null;
    }

    /// <summary>The first row of the proposal's tables that counts full-time equivalents, per year column.</summary>
    private List<YearValue> FullTimeEquivalents(List<BudgetTable> tables)
    {
        foreach (var table in tables)
        {
            var row = table.Rows.FirstOrDefault(r => fullTime.IsMatch(r.Label));
            if (row is null)
            {
                continue;
            }

            return table.Columns
                .Where(c => c.Role == Tables.ColumnRole.Number && c.Budget.Year is not null && row.Cells[c.Index].Kind == NumberKind.Value)
                .Select(c => new YearValue(c.Budget.Year!.Value, row.Cells[c.Index].Value!.Value))
                .ToList();
        }

        return [];
    }
}
