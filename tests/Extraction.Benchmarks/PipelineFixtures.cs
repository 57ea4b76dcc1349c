using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Tests.Shared;

namespace Extraction.Benchmarks;

/// <summary>The repository's pipeline.json and the fixture PDFs, as the pipeline benchmarks use them.</summary>
internal static class PipelineFixtures
{
    public static PipelineOptions Options() =>
        PipelineConfiguration.Load(Path.Combine(RepositoryPaths.Root, PipelineConfiguration.FileName)).Pipeline;

    public static IReadOnlyList<string> Pdfs() =>
        RepositoryPaths.CorpusPdfs().ToList();
}
