using Extraction.Configuration;
using Extraction.Document;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;
using Extraction.Reading.PdfPig;

namespace Extraction.Cli.Commands;

/// <summary>Builds the reader back end pipeline.json's <c>reader</c> or <c>--reader</c> names.</summary>
internal static class DocumentReaders
{
    public static IDocumentReader Create(string name, string? password = null, ReaderLimitOptions? limits = null) => name switch
    {
        ReaderNames.Extraction => new PdfDocumentReader(password, limits),
        ReaderNames.PdfPig => new PdfPigDocumentReader(password),
        _ => throw new ConfigurationException("--reader", $"unknown reader '{name}'; the readers are {string.Join(", ", ReaderNames.All)}."),
    };
}
