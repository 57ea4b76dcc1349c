namespace Extraction.Pipeline.Structure;

/// <summary>
/// A budget proposal or technical correction as the text shows it: its number and title (from a form's title box or a
/// heading such as "ØK74 Finansieringsramme …"), its text sections, the form fields and amount lists printed in it.
/// </summary>
public sealed record ProposalContext(
    string Number,
    string? Title,
    int Page,
    IReadOnlyList<TextSection> Sections,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<AmountList> AmountLists);
