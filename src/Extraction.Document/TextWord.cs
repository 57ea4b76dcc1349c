namespace Extraction.Document;

/// <summary>A word as printed: its text, its box and the font it is set in.</summary>
/// <param name="Text">Unicode text of the word.</param>
/// <param name="Box">Box on the displayed page.</param>
/// <param name="FontSize">Font size in points after all transformations.</param>
/// <param name="FontName">Font name without subset tag.</param>
/// <param name="IsBold">Set in a bold face.</param>
/// <param name="IsItalic">Set in an italic face.</param>
/// <param name="IsHorizontal">Written left to right on the displayed page; rotated text (axis titles) is not.</param>
public sealed record TextWord(string Text, Box Box, double FontSize, string FontName, bool IsBold, bool IsItalic, bool IsHorizontal);
