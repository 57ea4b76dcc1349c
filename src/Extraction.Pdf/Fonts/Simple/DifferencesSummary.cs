namespace Extraction.Pdf.Fonts.Simple;

/// <summary>What a /Differences array lists: the codes its runs start at and the glyph names in it.</summary>
/// <param name="HasOtherItems">Items that are neither integers nor names (malformed arrays).</param>
internal sealed record DifferencesSummary(IReadOnlyList<int> StartCodes, IReadOnlyList<string> Names, bool HasOtherItems)
{
    /// <summary>Whether every entry is a number-like glyph name in runs starting at codes 0–5, which poppler reads as numbers.</summary>
    public bool IsNumeric(bool hex) => !HasOtherItems && StartCodes.All(c => c <= 5) && Names.All(n => NumericName.TryParse(n, hex, out _));
}
