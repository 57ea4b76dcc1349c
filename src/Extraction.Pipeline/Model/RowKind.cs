namespace Extraction.Pipeline.Model;

/// <summary>Whether a row is an item, a subtotal of the items under (or above) it, or a total.</summary>
public enum RowKind
{
    Data,
    Subtotal,
    Total,
}
