namespace Extraction.Core.Numbers;

/// <summary>The unit of a table or column: the phrase as printed, the unit named and the scale of printed numbers.</summary>
public sealed record Unit(string Printed, string Name, decimal Scale)
{
    public bool IsMoney => Name == "DKK";
}
