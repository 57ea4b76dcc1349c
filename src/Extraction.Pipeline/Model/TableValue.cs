using Extraction.Document.Numbers;
using Extraction.Document;

namespace Extraction.Pipeline.Model;

/// <summary>A cell as printed and as read: <see cref="Value"/> is set only for a number.</summary>
public sealed record TableValue(string Text, NumberKind Kind, decimal? Value, Box? Box)
{
    public static readonly TableValue Blank = new(string.Empty, NumberKind.Blank, null, null);
}
