using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Model;

namespace Extraction.Pipeline.Confidence;

/// <summary>
/// Confidence step (after the checks, whose failures it weighs): gives every table a confidence in [0, 1] with the
/// doubts that lowered it. It changes nothing else: a doubtful table keeps its figures, and its doubts travel with them.
/// </summary>
public sealed class TableConfidenceAssessor
{
    private readonly ConfidenceOptions options;
    private readonly LabelDoubts labels;
    private readonly WrappedLabelDoubts wrapped;

    /// <param name="wrappedLabelValueAlignment">The tables stage's assumption of where a wrapped label's figures sit (pipeline.json <c>tables.wrapped_label_value_alignment</c>).</param>
    public TableConfidenceAssessor(ConfidenceOptions options, string wrappedLabelValueAlignment)
    {
        this.options = options;
        labels = new LabelDoubts(options.DoubtfulLabelPatterns);
        wrapped = new WrappedLabelDoubts(wrappedLabelValueAlignment);
    }

    public IReadOnlyList<BudgetTable> Assess(IReadOnlyList<BudgetTable> tables, IReadOnlyList<CheckResult> checks) =>
        tables.Select(t => t with { Confidence = TableConfidence.Of(Reasons(t, tables, checks).ToList(), options.Threshold) }).ToList();

    private IEnumerable<ConfidenceReason> Reasons(BudgetTable table, IReadOnlyList<BudgetTable> tables, IReadOnlyList<CheckResult> checks) =>
        ColumnDoubts.Find(table, options.Penalties)
            .Concat(CellDoubts.Find(table, checks, options.Penalties))
            .Concat(labels.Find(table, options.Penalties))
            .Concat(wrapped.Find(table, options.Penalties))
            .Concat(EvidenceDoubts.Find(table, tables, options));
}
