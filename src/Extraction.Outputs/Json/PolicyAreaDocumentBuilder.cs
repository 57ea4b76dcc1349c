using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline;

namespace Extraction.Outputs.Json;

/// <summary>
/// Maps an extraction to its JSON documents: one per policy area (budget notes have one), or, for a document without a
/// policy area (technical corrections, budget proposals), one for its committee, else one for the document.
/// </summary>
public static class PolicyAreaDocumentBuilder
{
    public const string SchemaName = "extraction/policy-area";
    public const int SchemaVersion = 2;

    public static IReadOnlyList<PolicyAreaDocument> Build(DocumentExtraction extraction)
    {
        var s = extraction.Structure;
        var checks = extraction.Checks;
        var document = new PolicyAreaDocument(
            SchemaName,
            SchemaVersion,
            extraction.SourceFile,
            extraction.PageCount,
            extraction.PageLabels,
            new DocumentInfo(s.Title, s.Municipality, s.DocumentKind, s.FiscalYear, s.Committee),
            Group(s),
            new PolicyAreaInfo(
                s.PolicyArea,
                s.PolicyArea is null ? null : Slug.Of(s.PolicyArea, "document"),
                s.GeneralSections.Select(Section).ToList(),
                s.ActivityAreas.Select(a => new ActivityAreaInfo(
                    a.Number,
                    a.Name,
                    a.Page,
                    extraction.Tables.Where(t => t.ActivityArea is not null && t.ActivityArea == a.Number).Select(t => t.Uid).ToList(),
                    a.Sections.Select(Section).ToList())).ToList()),
            extraction.Proposals.Select(Proposal).ToList(),
            s.Fields.Select(Field).ToList(),
            extraction.Tables.Select(Table).ToList(),
            new CheckSummary(checks.Count, checks.Count(c => c.Holds), checks.Where(c => !c.Holds).Select(Check).ToList()),
            extraction.ReaderWarnings);
        return [document];
    }

    /// <summary>What the file is for: the policy area, else the committee, else the document.</summary>
    public static GroupInfo Group(DocumentStructure structure) =>
        structure.PolicyArea is { } area ? new GroupInfo("policy_area", area, Slug.Of(area, "document"))
        : structure.Committee is { } committee ? new GroupInfo("committee", committee, Slug.Of(committee, "document"))
        : new GroupInfo("document", null, "document");

    private static ProposalInfo Proposal(Proposal proposal) => new(
        proposal.Number,
        proposal.Title,
        proposal.Page,
        proposal.StartDate is { } d ? new DateInfo(d.Printed, d.Date) : null,
        proposal.InsideServiceCeiling is { } a ? new AnswerInfo(a.Printed, a.Value) : null,
        proposal.FullTimeEquivalents.Select(y => new YearValueInfo(y.Year, y.Value)).ToList(),
        proposal.SignConvention,
        proposal.FiguresPending,
        proposal.Tables,
        proposal.Fields.Select(Field).ToList(),
        proposal.Sections.Select(Section).ToList(),
        proposal.AmountLists.Select(l => new AmountListInfo(
            l.Page,
            Box(l.Box),
            l.Lines.Select(line => new AmountLineInfo(
                line.Label,
                line.Printed,
                line.Value,
                Unit(line.Unit, false)!,
                line.Unit.IsMoney ? line.Unit.Scaled(line.Value) : null,
                line.Kind.ToString().ToLowerInvariant(),
                Box(line.Box))).ToList())).ToList());

    private static FieldInfo Field(FormField field) =>
        new(field.Context, field.Key, field.Value, field.Checked, field.Page, field.Box is { } b ? Box(b) : null);

    private static SectionInfo Section(TextSection section) =>
        new(section.Number, section.Title, section.Page, section.Paragraphs, section.Fields);

    private static TableInfo Table(BudgetTable table) => new(
        table.Uid,
        table.Id,
        table.Kind.ToString().ToLowerInvariant(),
        table.Proposal,
        table.Caption,
        table.Title,
        table.Description,
        table.ActivityArea,
        table.Pages,
        Unit(table.Unit, table.UnitInferred),
        table.PriceBasis is { } p ? new PriceBasisInfo(p.Year, p.Printed) : null,
        table.HeaderRepeated,
        table.HeaderCells.Select(h => new HeaderCellInfo(h.Text, h.Level, h.FirstColumn, h.ColumnSpan, h.RowSpan)).ToList(),
        table.Columns.Select(c => new ColumnInfo(
            c.Index,
            c.Label,
            c.Role.ToString().ToLowerInvariant(),
            c.Budget.Measure.Name(),
            c.Budget.Year,
            c.Budget.YearInferred,
            Unit(c.Budget.Unit, false))).ToList(),
        table.Rows.Select(r => new RowInfo(
            r.Index,
            r.Label,
            r.Code,
            r.Kind.ToString().ToLowerInvariant(),
            r.Page,
            Box(r.Box),
            Unit(r.Unit, false),
            r.Cells.Select(c => new CellInfo(c.Text, c.Kind.ToString().ToLowerInvariant(), c.Value, c.Box is { } b ? Box(b) : null)
            {
                NegativeByParentheses = c.NegativeByParentheses,
                Unit = Unit(c.Unit, false),
            }).ToList())).ToList(),
        table.Notes,
        table.InlineNotes.Select(n => new InlineNoteInfo(n.AfterRow, n.Text, n.Page, Box(n.Box))).ToList(),
        table.SideFields.Select(f => new SideFieldInfo(f.Key, f.Value, f.Page, f.Box is { } b ? Box(b) : null)).ToList(),
        table.FiguresPending,
        table.PendingNote,
        table.Boxes.Select(b => new PageBoxInfo(b.Page, Box(b.Box))).ToList())
    {
        NumberConvention = table.NumberConvention.Name(),
        Confidence = new ConfidenceInfo(
            table.Confidence.Score,
            table.Confidence.Doubtful,
            table.Confidence.Reasons.Select(r => new ConfidenceReasonInfo(r.Code, r.Detail, r.Penalty)).ToList()),
    };

    private static UnitInfo? Unit(Unit? unit, bool inferred) => unit is null ? null : new UnitInfo(unit.Printed, unit.Name, unit.Scale, inferred);

    private static CheckInfo Check(CheckResult result) => new(
        result.Kind switch
        {
            CheckKind.ColumnSum => "column_sum",
            CheckKind.RowFormula => "row_formula",
            CheckKind.RowSum => "row_sum",
            _ => "cross_table",
        },
        result.Rule,
        result.Message,
        result.Printed,
        result.Computed,
        result.Difference,
        Reference(result.Target),
        result.Terms.Select(t => new TermInfo(Reference(t.Cell), t.Sign)).ToList());

    private static CellInfoRef Reference(CellReference cell) =>
        new(cell.Table, cell.TableId, cell.Row, cell.Column, cell.RowLabel, cell.ColumnLabel, cell.Value, cell.Page);

    private static double[] Box(Box box) =>
        [Round(box.X0), Round(box.Y0), Round(box.X1), Round(box.Y1)];

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
