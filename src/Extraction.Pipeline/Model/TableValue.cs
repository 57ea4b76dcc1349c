using Extraction.Document.Numbers;
using Extraction.Document;

namespace Extraction.Pipeline.Model;

/// <summary>A cell as printed and as read: <see cref="Value"/> is set only for a number.</summary>
public sealed record TableValue(string Text, NumberKind Kind, decimal? Value, Box? Box)
{
    /// <summary>True when the value is negative because it was printed in accounting parentheses ("(12.440)").</summary>
    public bool NegativeByParentheses { get; init; }

    /// <summary>A unit printed in the cell itself ("1.370.000 kr.", "12 %").</summary>
    public Unit? Unit { get; init; }

    public static readonly TableValue Blank = new(string.Empty, NumberKind.Blank, null, null);
}
