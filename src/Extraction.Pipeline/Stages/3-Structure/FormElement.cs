using Extraction.Document;

namespace Extraction.Pipeline.Structure;

/// <summary>A piece of a form found on a page's lines: read as fields or as a list, not as prose.</summary>
internal abstract record FormElement(int Page, Box Box);

/// <summary>A title box: labels over values ("Titel" over the title, "Nr." over "T101"); it starts a proposal.</summary>
internal sealed record TitleBoxElement(int Page, Box Box, IReadOnlyList<FormField> Fields, string? Number, string? Title) : FormElement(Page, Box);

/// <summary>
/// Checkboxes with their labels ("Bispebjerg ☐"), and a label left empty after them ("Adresse"); <see cref="Title"/> is
/// the label over the group ("Bydele"), when one is printed right above it.
/// </summary>
internal sealed record CheckboxElement(int Page, Box Box, IReadOnlyList<FormField> Fields, string? Title) : FormElement(Page, Box);

/// <summary>Lines of items with amounts set apart ("Tre årsværk      1.8 mio. kr.").</summary>
internal sealed record AmountListElement(int Page, Box Box, AmountList List) : FormElement(Page, Box);
