using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.General;

/// <summary>How a general table's grid is built: from its rulings, or from the alignment of its text.</summary>
public enum GridMethod
{
    /// <summary>Cells are the slots between the rulings; a missing ruling piece joins slots into a spanning cell.</summary>
    Lattice,

    /// <summary>Columns are the blank spaces the lines share; rows are the lines.</summary>
    Stream,
}

/// <summary>A table candidate on a page: the lines inside it, the rulings that draw it (lattice) and how to build its grid.</summary>
public sealed record GeneralRegion(Box Box, IReadOnlyList<TextLine> Lines, IReadOnlyList<Ruling> Rulings, GridMethod Method);
