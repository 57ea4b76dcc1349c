using Extraction.Document;

namespace Extraction.Pipeline.Tables.Figures;

/// <summary>The ticks of a chart's axis as printed: a row of them under or over the plot, or a column beside it.</summary>
internal sealed record ChartAxis(IReadOnlyList<Box> Ticks);
