using BenchmarkDotNet.Attributes;
using Extraction.Document;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;

namespace Extraction.Benchmarks;

/// <summary>
/// The whole pipeline over every fixture, against reading the same PDFs alone (the reference measured in the same run:
/// what the stages after the reader cost on top of it).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private DocumentPipeline pipeline = null!;
    private IReadOnlyList<string> pdfs = [];
    private readonly PdfDocumentReader reader = new();

    [GlobalSetup]
    public void Setup()
    {
        pipeline = new DocumentPipeline(PipelineFixtures.Options(), reader);
        pdfs = PipelineFixtures.Pdfs();
    }

    [Benchmark(Baseline = true, Description = "read fixtures (reference)")]
    public int ReadOnly() => pdfs.Sum(p => reader.Read(p).Pages.Count);

    [Benchmark(Description = "whole pipeline over fixtures")]
    public int WholePipeline() => pdfs.Sum(p => pipeline.Process(p) is DocumentSucceeded s ? s.Extraction.Tables.Count : 0);
}
