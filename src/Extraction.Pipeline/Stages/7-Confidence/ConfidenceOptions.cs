namespace Extraction.Pipeline.Confidence;

/// <summary>How a table's confidence is computed and when it is too low (pipeline.json <c>confidence</c>).</summary>
public sealed record ConfidenceOptions
{
    /// <summary>A table whose confidence is below this is doubtful: its document is <c>ok-with-warnings</c>.</summary>
    public double Threshold { get; init; } = 0.7;

    /// <summary>What each kind of doubt costs (the share of confidence it takes away, 0–1).</summary>
    public ConfidencePenalties Penalties { get; init; } = new();

    /// <summary>A table with neither caption nor printed number and fewer body rows than this stands on weak evidence.</summary>
    public int FewRows { get; init; } = 3;

    /// <summary>
    /// Patterns (case-sensitive; add <c>(?i)</c> to ignore case) of row labels that show a label cut or glued to another
    /// line: a sign convention inside a label, a label that ends in a preposition or a comma, a label that starts
    /// with the end of the one above it.
    /// </summary>
    public IReadOnlyList<string> DoubtfulLabelPatterns { get; init; } = [];
}

/// <summary>The cost of each kind of doubt, by the name the reasons carry.</summary>
public sealed record ConfidencePenalties
{
    /// <summary>A number column whose header the vocabulary does not know (typed <c>unknown</c>).</summary>
    public double UnknownColumn { get; init; } = 0.4;

    /// <summary>Cells of number columns whose text is not a number.</summary>
    public double UnreadCell { get; init; } = 0.4;

    /// <summary>An arithmetic check on the table's figures that does not hold.</summary>
    public double FailedCheck { get; init; } = 0.4;

    /// <summary>
    /// An arithmetic check that fails by no more than rounding, or in one column while the same rows add up in every
    /// other column: likely the document's own slip, not a misread (<see cref="PrintingSlip"/>).
    /// </summary>
    public double LikelySlip { get; init; } = 0.2;

    /// <summary>A column whose header levels name different measures ("Budget 2019" over "Regnskab").</summary>
    public double ConflictingHeader { get; init; } = 0.5;

    /// <summary>Row labels that look cut or glued (<see cref="ConfidenceOptions.DoubtfulLabelPatterns"/>).</summary>
    public double DoubtfulLabel { get; init; } = 0.4;

    /// <summary>
    /// Tables without a number of their own that repeat the rows of an earlier table of the same proposal: the proposal
    /// headings between them were likely not seen, so the number the table is known by is a guess.
    /// </summary>
    public double RepeatedInProposal { get; init; } = 0.4;

    /// <summary>A table with neither caption nor printed number and few rows (<see cref="ConfidenceOptions.FewRows"/>).</summary>
    public double WeakEvidence { get; init; } = 0.2;

    /// <summary>A table that prints no unit and took one from another table or the default.</summary>
    public double UnitInferred { get; init; } = 0.1;

    /// <summary>A row whose wrapped label has the figures on another line than the table's rows were grouped by.</summary>
    public double FiguresOffLabelLine { get; init; } = 0.4;

    /// <summary>
    /// A table whose only row of figures has a wrapped label: with no other row to measure the row spacing by, a line
    /// of label text above the figures may be a row of its own (a heading) glued to it.
    /// </summary>
    public double LoneWrappedLabel { get; init; } = 0.4;

    /// <summary>Number cells printed in another convention than the one the table was read in.</summary>
    public double MixedConvention { get; init; } = 0.4;

    /// <summary>Number cells whose form another convention reads as another value ("1.234" in a table of "1,234.5"), the table showing that form nowhere unambiguously.</summary>
    public double AmbiguousNumber { get; init; } = 0.4;

    /// <summary>Numbers in parentheses read as negatives because the table's sums hold only so (not by numbers.parentheses_are_negative).</summary>
    public double ParenthesesByArithmetic { get; init; } = 0.1;
}
