using Extraction.Document;

namespace Extraction.Pipeline.Tables;

/// <summary>The content of one cell as printed (lines joined), with its box; <see cref="Box"/> is null for a blank cell.</summary>
public sealed record GridCell(string Text, Box? Box, bool IsBold)
{
    public static readonly GridCell Blank = new(string.Empty, null, false);

    public bool IsBlank => Text.Length == 0;
}
