using Extraction.Document;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// A key and value of a form: a title box cell ("Nr." → "T101"), a value beside a table ("Indenfor servicerammen" →
/// "Ja"), a checkbox ("Bispebjerg" → "☐", not checked). <see cref="Context"/> is what the field belongs to: the
/// proposal number, or the heading over a group of checkboxes ("Bydele").
/// </summary>
/// <param name="Context">Proposal number or group heading; null when there is none.</param>
/// <param name="Key">The label as printed, without a trailing colon.</param>
/// <param name="Value">The value as printed; empty when nothing is filled in.</param>
/// <param name="Checked">For a checkbox: whether it is ticked; null for other fields.</param>
/// <param name="Page">Page the field is printed on.</param>
/// <param name="Box">The value's box (the label's when the value is blank); null when unknown.</param>
public sealed record FormField(string? Context, string Key, string Value, bool? Checked, int Page, Box? Box);
