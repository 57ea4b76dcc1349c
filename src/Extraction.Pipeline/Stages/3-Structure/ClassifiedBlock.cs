using Extraction.Document;

namespace Extraction.Pipeline.Structure;

/// <summary>A block of body text, where it is and the role the structure stage gave it.</summary>
public sealed record ClassifiedBlock(int Page, Box Box, BlockRole Role);
