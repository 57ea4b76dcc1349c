using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// A row of text running across a table between its rows (a sign convention, "- = mindreudgift/merindtægt …"): a note,
/// not a data row. <see cref="AfterRow"/> is the index of the body row printed above it (-1 when it comes first).
/// </summary>
public sealed record InlineNote(int AfterRow, string Text, int Page, Box Box);
