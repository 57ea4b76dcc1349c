using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Structure;

/// <summary>One step of the document in reading order: a block of text, a detected table, or a form element.</summary>
internal sealed record StructureElement(int Page, TextBlock? Block, int? Table, double Top, double Bottom)
{
    public FormElement? Form { get; init; }

    /// <summary>The extent of a table or form element, inside which text blocks are not read again.</summary>
    public Box? Extent { get; init; }
}
