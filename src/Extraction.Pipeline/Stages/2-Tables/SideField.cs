using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// A key and its value printed in an extra column beside a table's figures ("Iværksættelsestidspunkt:" over
/// "01.01.2026"): form data, not a column of the table. <see cref="Box"/> is the value's box, null when it is blank.
/// </summary>
public sealed record SideField(string Key, string Value, int Page, Box? Box);
