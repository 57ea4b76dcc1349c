using Extraction.Document;
using Extraction.Pipeline.Structure;

namespace Extraction.Pipeline.Proposals;

/// <summary>A budget proposal or technical correction as a record: its form, its typed fields, its text and its tables.</summary>
/// <param name="Number">Number as printed ("T101", "ØK74").</param>
/// <param name="Title">Title as printed.</param>
/// <param name="Page">Page it starts on.</param>
/// <param name="Fields">Every form field of the proposal in reading order: title box, values beside its tables, checkboxes.</param>
/// <param name="StartDate">When it takes effect ("01.01.2026", "1. januar 2026"), as printed and as a date.</param>
/// <param name="InsideServiceCeiling">"Indenfor servicerammen": as printed, and yes or no when the answer is one of them.</param>
/// <param name="FullTimeEquivalents">Full-time equivalents per year ("Antal fuldtidsstillinger 0,54 …").</param>
/// <param name="SignConvention">The sign convention printed with its table ("- = mindreudgift/merindtægt og + = …").</param>
/// <param name="FiguresPending">True when a table of the proposal says its figures are not final yet.</param>
/// <param name="Sections">Text sections ("Baggrund for og beskrivelse …", "Økonomiske konsekvenser").</param>
/// <param name="AmountLists">Lists of items with amounts in the text ("Tre årsværk 1.8 mio. kr.").</param>
/// <param name="Tables">Uids of the proposal's tables.</param>
public sealed record Proposal(
    string Number,
    string? Title,
    int Page,
    IReadOnlyList<FormField> Fields,
    PrintedDate? StartDate,
    PrintedAnswer? InsideServiceCeiling,
    IReadOnlyList<YearValue> FullTimeEquivalents,
    string? SignConvention,
    bool FiguresPending,
    IReadOnlyList<TextSection> Sections,
    IReadOnlyList<AmountList> AmountLists,
    IReadOnlyList<string> Tables);

/// <summary>A date as printed and as read; <see cref="Date"/> is null when the text is no date.</summary>
public sealed record PrintedDate(string Printed, DateOnly? Date);

/// <summary>A yes/no answer as printed; <see cref="Value"/> is null when it is neither ("Ja/nej").</summary>
public sealed record PrintedAnswer(string Printed, bool? Value);

/// <summary>A figure for one year.</summary>
public sealed record YearValue(int Year, decimal Value);
