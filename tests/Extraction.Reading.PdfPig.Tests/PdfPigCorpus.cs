using System.Collections.Concurrent;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Tests.Shared;

namespace Extraction.Reading.PdfPig.Tests;

/// <summary>The corpus PDFs through the pipeline with the PdfPig reader and the repository's pipeline.json, each once per run.</summary>
internal static class PdfPigCorpus
{
    private static readonly Lazy<PipelineOptions> LazyOptions = new(() => PipelineConfiguration.Load(Path.Combine(RepositoryPaths.Root, PipelineConfiguration.FileName)).Pipeline);
    private static readonly ConcurrentDictionary<string, DocumentOutcome> Outcomes = new();

    /// <summary>Every corpus document with ground truth.</summary>
    public static IEnumerable<string> All => RepositoryPaths.CorpusPdfs().Select(Path.GetFileNameWithoutExtension).OfType<string>();

    public static PipelineOptions Options => LazyOptions.Value;

    public static string Pdf(string name) => Path.Combine(RepositoryPaths.Corpus, name + ".pdf");

    public static DocumentOutcome Process(string name) =>
        Outcomes.GetOrAdd(name, n => new DocumentPipeline(Options, new PdfPigDocumentReader()).Process(Pdf(n)));
}
