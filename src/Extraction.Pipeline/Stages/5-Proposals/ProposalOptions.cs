namespace Extraction.Pipeline.Proposals;

/// <summary>
/// Vocabularies for budget proposals and technical corrections (pipeline.json <c>proposals</c>): how a proposal starts,
/// its form fields, and how their values are read. Patterns are case-insensitive.
/// </summary>
public sealed record ProposalOptions
{
    /// <summary>Headings that open a proposal; groups <c>number</c> and <c>title</c> ("ØK74 Finansieringsramme …").</summary>
    public IReadOnlyList<string> HeadingPatterns { get; init; } = [];

    /// <summary>A proposal number as printed in a form's number box ("T101"); group <c>number</c>.</summary>
    public string NumberPattern { get; init; } = string.Empty;

    /// <summary>Labels of the title cell of a form's title box ("Titel").</summary>
    public IReadOnlyList<string> TitleLabels { get; init; } = [];

    /// <summary>Labels of the number cell of a form's title box ("Nr.", "Nr").</summary>
    public IReadOnlyList<string> NumberLabels { get; init; } = [];

    /// <summary>Largest blank space (em) between the lines of one form element (title box, checkbox group, amount list).</summary>
    public double FormLineGapEm { get; init; } = 1.6;

    /// <summary>How far (points) a value may start from the label it is printed under.</summary>
    public double AlignmentTolerance { get; init; } = 3.0;

    /// <summary>A bold line of at most this many words over or after checkboxes is a label ("Bydele", "Adresse").</summary>
    public int LabelMaxWords { get; init; } = 4;

    /// <summary>Marks of a ticked and of an empty checkbox ("☒", "☐").</summary>
    public IReadOnlyList<string> CheckedMarks { get; init; } = [];

    public IReadOnlyList<string> UncheckedMarks { get; init; } = [];

    /// <summary>Field keys whose value is the date the proposal takes effect ("Iværksættelsestidspunkt").</summary>
    public IReadOnlyList<string> StartDateKeys { get; init; } = [];

    /// <summary>Field keys whose value says whether the proposal is inside the service ceiling ("Indenfor servicerammen").</summary>
    public IReadOnlyList<string> ServiceCeilingKeys { get; init; } = [];

    /// <summary>Whole answers read as yes and as no ("Ja", "Nej"); anything else ("Ja/nej") is kept as printed without a yes or no.</summary>
    public IReadOnlyList<string> YesWords { get; init; } = [];

    public IReadOnlyList<string> NoWords { get; init; } = [];

    /// <summary>Row labels of the full-time equivalents per year ("Antal fuldtidsstillinger").</summary>
    public IReadOnlyList<string> FullTimeEquivalentPatterns { get; init; } = [];

    /// <summary>Notes stating the sign convention ("- = mindreudgift/merindtægt og + = merudgift/mindreindtægt").</summary>
    public IReadOnlyList<string> SignConventionPatterns { get; init; } = [];

    /// <summary>Month names, January first, for dates written out ("1. januar 2026").</summary>
    public IReadOnlyList<string> MonthNames { get; init; } = [];

    /// <summary>Put between a proposal's number and a table's index when the proposal has several tables ("T103.2").</summary>
    public string TableIdSeparator { get; init; } = ".";
}
