using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// A table region read as far as its rows: the body lines, the inline notes lifted out of them, all columns with their
/// header cells and paths, and the table's horizontal extent.
/// </summary>
internal sealed record TableBody(
    IReadOnlyList<LineProfile> Lines,
    IReadOnlyList<TextLine> Notes,
    IReadOnlyList<ColumnExtent> Columns,
    IReadOnlyList<HeaderCell> HeaderCells,
    IReadOnlyList<IReadOnlyList<string>> Paths,
    double X0,
    double X1);
