using Extraction.Document.Numbers;
using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Lines of text each naming an item and an amount set apart from it ("Tre årsværk      1.8 mio. kr.", "I alt løbende
/// udgifter      2.9 mio. kr."): a list in the prose, not a table, so its amounts are not facts.
/// </summary>
public sealed record AmountList(int Page, Box Box, IReadOnlyList<AmountLine> Lines);

/// <summary>One line of an amount list: the item, the amount as printed, its number and unit; a total line ("I alt …") is <see cref="RowKind.Total"/>.</summary>
public sealed record AmountLine(string Label, string Printed, decimal Value, Unit Unit, Box Box)
{
    public RowKind Kind { get; init; } = RowKind.Data;
}
