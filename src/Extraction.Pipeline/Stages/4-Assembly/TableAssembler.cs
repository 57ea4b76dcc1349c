using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Assembly stage: detected grids plus their context become typed tables: continued tables joined, columns typed from
/// their headers, numbers parsed, row kinds told, unit and price basis found.
/// </summary>
public sealed class TableAssembler
{
    private readonly AssemblyOptions options;
    private readonly NumberOptions numbers;
    private readonly ColumnHeaderParser parser;
    private readonly UnitReader units;
    private readonly RowKindClassifier rowKinds;
    private readonly UnitReader rowUnits;
    private readonly PatternSet pending;
    private readonly string idSeparator;
    private readonly CellNumberReader cellNumbers;
    private readonly NumberConventionDecision conventions;
    private readonly HyphenationOptions hyphenation;

    /// <param name="hyphenation">How the lines of a header found apart from its table are joined.</param>
    public TableAssembler(AssemblyOptions options, ColumnOptions columns, NumberOptions numbers, string proposalTableIdSeparator, HyphenationOptions hyphenation)
    {
        this.options = options;
        this.hyphenation = hyphenation;
        this.numbers = numbers;
        parser = new ColumnHeaderParser(columns, numbers);
        units = new UnitReader(numbers);
        rowKinds = new RowKindClassifier(options);
        rowUnits = new UnitReader(new NumberOptions { Units = options.RowUnits });
        pending = new PatternSet(options.PendingFigurePatterns);
        idSeparator = proposalTableIdSeparator;
        cellNumbers = new CellNumberReader(numbers);
        conventions = new NumberConventionDecision(
            cellNumbers,
            numbers.Conventions.Select(n => NumberConventionNames.TryParse(n, out var c) ? c : throw new ArgumentException($"Unknown number convention '{n}'.", nameof(numbers))).ToList());
    }

    public IReadOnlyList<BudgetTable> Assemble(IReadOnlyList<TableGrid> grids, DocumentStructure structure)
    {
        var merged = TableContinuation.Merge(TableInContext.Pair(grids, structure.Tables), options.ContinuationColumnTolerance, hyphenation);
        var tables = new List<BudgetTable>();
        foreach (var (grid, context, headerRepeated) in merged)
        {
            var uid = "t" + (tables.Count + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            tables.Add(Build(uid, grid, context, headerRepeated, structure.FiscalYear));
        }

        var typed = options.InferMissingUnit ? UnitInference.Apply(tables, units.Find(options.DefaultUnit)) : tables;
        return ProposalIds(typed);
    }

    /// <summary>
    /// A table of a proposal that prints no number of its own is known by the proposal's number ("T101"), with its
    /// index among them when the proposal has several ("T103.1", "T103.2"). A general table (found by the general
    /// detectors, no facts) takes no proposal number, so that one beside a budget table never renumbers it.
    /// </summary>
    private IReadOnlyList<BudgetTable> ProposalIds(IReadOnlyList<BudgetTable> tables)
    {
        static bool TakesProposalId(BudgetTable t) => t.Id is null && t.Proposal is not null && t.Kind != TableKind.General;
        var unnumbered = tables.Where(TakesProposalId).GroupBy(t => t.Proposal!).ToDictionary(g => g.Key, g => g.ToList());
        return tables.Select(t =>
        {
            if (!TakesProposalId(t))
            {
                return t;
            }

            var group = unnumbered[t.Proposal!];
            var index = group.IndexOf(t) + 1;
            return t with { Id = group.Count == 1 ? t.Proposal : t.Proposal + idSeparator + index.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }).ToList();
    }

    private BudgetTable Build(string uid, TableGrid grid, TableContext context, bool? headerRepeated, int? fiscalYear)
    {
        var unitCells = grid.HeaderCells.Where(c => units.IsUnitOnly(c.Text)).ToList();
        var (convention, misfits, ambiguous, roles) = NumberColumns.Decide(grid, conventions);
        var columns = grid.Columns.Select((c, i) => new TableColumn(
            i,
            roles[i],
            parser.Parse(HeaderWithoutUnit(c), fiscalYear),
            c.X0,
            c.X1))
            .ToList();

        var codeColumn = grid.Columns.ToList().FindIndex(c => c.Role == ColumnRole.Code);
        var labelColumn = grid.LabelColumn;
        var codes = grid.Rows.Select(r => codeColumn >= 0 ? Blank(r.Cells[codeColumn].Text) : null).ToList();
        var hasPlainRows = grid.Rows.Any(r => labelColumn >= 0 && !r.Cells[labelColumn].IsBlank && !r.Cells[labelColumn].IsBold);
        var rows = grid.Rows.Select((row, index) =>
        {
            var label = labelColumn >= 0 ? row.Cells[labelColumn].Text : string.Empty;
            var isBold = labelColumn >= 0 && row.Cells[labelColumn].IsBold;
            var cells = row.Cells.Select((cell, c) => Value(cell, roles[c], convention)).ToList();
            var kind = rowKinds.Classify(label, codes[index], isBold, codes, hasPlainRows);
            return new BudgetRow(index, label, codes[index], kind, isBold, row.Page, row.Box, cells, rowUnits.Find(label));
        }).ToList();

        var texts = new[] { context.Caption, context.Title }.OfType<string>()
            .Concat(unitCells.Select(c => c.Text))
            .Concat(grid.Columns.Where(c => c.Role == ColumnRole.Label).SelectMany(c => c.Header))
            .ToList();
        var unit = texts.Select(units.Find).FirstOrDefault(u => u is not null);
        var priceBasis = context.Notes.Concat(texts).Concat(grid.HeaderCells.Select(c => c.Text)).Append(context.Description ?? string.Empty)
            .Select(t => PriceBasis.Find(t, numbers))
            .FirstOrDefault(p => p is not null);
        if (priceBasis is not null && context.Notes.Concat(texts).Any(t => PriceBasis.FindAll(t, numbers).Select(p => p.Year).Distinct().Count() > 1))
        {
            // Columns in different price levels ("Regnskab 2018 er i 2018-priser; Regnskab 2019 er i 2019-priser"): no single basis.
            priceBasis = null;
        }

        var pendingNote = context.Notes.FirstOrDefault(pending.IsMatch);
        return new BudgetTable(
            uid,
            Blank(context.Id),
            context.Caption,
            context.Title,
            context.Description,
            context.ActivityArea,
            unit,
            false,
            priceBasis,
            columns,
            grid.HeaderCells,
            rows,
            context.Notes,
            headerRepeated,
            grid.Boxes)
        {
            Kind = grid.Kind,
            Proposal = context.Proposal,
            SideFields = grid.SideFields,
            InlineNotes = grid.InlineNotes,
            FiguresPending = pendingNote is not null || rows.Any(r => r.Cells.Any(c => c.Kind == NumberKind.Placeholder)),
            PendingNote = pendingNote,
            NumberConvention = convention,
            ConventionMisfits = misfits,
            AmbiguousNumbers = ambiguous,
        };
    }

    /// <summary>
    /// A column's header without the cells that only name the unit ("I 1.000 kr." over the whole table); a label column
    /// whose only header is the unit keeps it as its label.
    /// </summary>
    private IReadOnlyList<string> HeaderWithoutUnit(GridColumn column)
    {
        var rest = column.Header.Where(h => !units.IsUnitOnly(h)).ToList();
        return rest.Count == 0 && column.Role == ColumnRole.Label ? column.Header : rest;
    }

    private TableValue Value(GridCell cell, ColumnRole role, NumberConvention convention)
    {
        if (cell.IsBlank)
        {
            return TableValue.Blank;
        }

        if (role != ColumnRole.Number)
        {
            return new TableValue(cell.Text, NumberKind.Text, null, cell.Box);
        }

        var number = cellNumbers.Read(cell.Text, convention);
        return new TableValue(cell.Text, number.Kind, number.Value, cell.Box) { NegativeByParentheses = number.NegativeByParentheses, Unit = number.Unit };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
