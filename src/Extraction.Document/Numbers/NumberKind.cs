namespace Extraction.Document.Numbers;

/// <summary>What a printed cell or word holds, numerically.</summary>
public enum NumberKind
{
    /// <summary>A number ("4.511", "-2.130", "0,54").</summary>
    Value,

    /// <summary>Nothing printed.</summary>
    Blank,

    /// <summary>A dash standing for "no amount" ("-", "–").</summary>
    Dash,

    /// <summary>A placeholder for a figure not yet known ("x,xxx"); present, but without a value.</summary>
    Placeholder,

    /// <summary>Text that is not a number.</summary>
    Text,
}
