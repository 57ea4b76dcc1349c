namespace Extraction.Document.Numbers;

/// <summary>The unit of a table or column: the phrase as printed, the unit named and the scale of printed numbers.</summary>
public sealed record Unit(string Printed, string Name, decimal Scale)
{
    /// <summary>The unit name of Danish kroner, the currency facts.csv's <c>amount_dkk</c> is in.</summary>
    public const string Kroner = "DKK";

    public bool IsMoney => Name == Kroner;

    /// <summary>A printed value in this unit's base (value × scale), without the trailing zeros of the printed decimals ("0,423" mio. kr. → 423000).</summary>
    public decimal Scaled(decimal value) => value * Scale / 1.000000000000000000000000000000000m;
}
