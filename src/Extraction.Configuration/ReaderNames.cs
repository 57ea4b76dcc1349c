namespace Extraction.Configuration;

/// <summary>The PDF reader back ends pipeline.json's <c>reader</c> and <c>--reader</c> can choose.</summary>
public static class ReaderNames
{
    /// <summary>The repository's own reader (Extraction.Pdf), the default.</summary>
    public const string Extraction = "extraction";

    /// <summary>PdfPig, an alternative back end.</summary>
    public const string PdfPig = "pdfpig";

    public static readonly IReadOnlyList<string> All = [Extraction, PdfPig];
}
