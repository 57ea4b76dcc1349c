namespace Extraction.Document.Numbers;

/// <summary>
/// A table cell read as a number in a given convention: its kind and value, whether it was printed as a negative in
/// accounting parentheses ("(12.440)"), and the unit printed in the cell itself ("1.370.000 kr.", "12 %"), if any.
/// </summary>
public sealed record CellNumber(NumberKind Kind, decimal? Value, string Text)
{
    /// <summary>True when the value is negative because it was printed in parentheses (numbers.parentheses_are_negative).</summary>
    public bool NegativeByParentheses { get; init; }

    /// <summary>The unit printed in the cell, overriding the row's, column's and table's.</summary>
    public Unit? Unit { get; init; }
}
