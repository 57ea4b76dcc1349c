namespace Extraction.Pipeline.Structure;

/// <summary>
/// What the text around a detected table says about it: caption, number, title, description, notes underneath,
/// and the activity area it belongs to.
/// </summary>
/// <param name="Grid">Index of the table in the detected tables.</param>
/// <param name="Id">Table number as printed ("1.2"), when captioned.</param>
/// <param name="Caption">Caption line as printed.</param>
/// <param name="Title">Caption title, or the nearest heading above an uncaptioned table.</param>
/// <param name="Description">Text between the caption and the table.</param>
/// <param name="Notes">Notes printed directly under the table.</param>
/// <param name="ActivityArea">Number of the activity area the table sits in; null in the general part.</param>
/// <param name="StartsSection">True when a caption or heading comes between the previous table and this one.</param>
/// <param name="Proposal">Number of the proposal the table is printed in; null outside proposals.</param>
public sealed record TableContext(
    int Grid,
    string? Id,
    string? Caption,
    string? Title,
    string? Description,
    IReadOnlyList<string> Notes,
    int? ActivityArea,
    bool StartsSection,
    string? Proposal = null);
