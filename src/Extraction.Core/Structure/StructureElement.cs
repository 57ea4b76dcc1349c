using Extraction.Core.Layout;

namespace Extraction.Core.Structure;

/// <summary>One step of the document in reading order: a block of text, or a detected table.</summary>
internal sealed record StructureElement(int Page, TextBlock? Block, int? Table, double Top, double Bottom);
