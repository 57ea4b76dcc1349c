using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>A leaf of the page tree with the attributes it inherits from its ancestors already applied.</summary>
internal sealed record PageNode(PdfDictionary Dictionary, PdfDictionary Resources, double[] MediaBox, double[]? CropBox, int Rotate);
