namespace Extraction.Core.Numbers;

/// <summary>The unit of a table or column: the phrase as printed, the unit named and the scale of printed numbers.</summary>
public sealed record Unit(string Printed, string Name, decimal Scale)
{
    /// <summary>The unit name of Danish kroner, the currency facts.csv's <c>amount_dkk</c> is in.</summary>
    public const string Kroner = "DKK";

    public bool IsMoney => Name == Kroner;
}
