using Extraction.Document;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// A chart recognised on a page: a picture under a figure caption, or a run of chart text (ticks, legends), with the
/// pictures it is drawn over. Nothing in a chart is read as a table.
/// </summary>
/// <param name="Page">1-based page.</param>
/// <param name="Box">Extent of the chart's pictures and text.</param>
/// <param name="Caption">The figure caption printed just before it, if any.</param>
/// <param name="HasPicture">True when the chart is (or includes) an image; false for a chart drawn with vector text.</param>
public sealed record Chart(int Page, Box Box, string? Caption, bool HasPicture);
