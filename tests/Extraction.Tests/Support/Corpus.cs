using System.Collections.Concurrent;
using Extraction.Configuration;
using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;
using Extraction.Tests.Shared;

namespace Extraction.Tests.Support;

/// <summary>The repository's pipeline.json and the corpus PDFs, each processed once per test run.</summary>
internal static class Corpus
{
    private static readonly Lazy<ExtractionSettings> LazyOptions = new(() => PipelineConfiguration.Load(Path.Combine(RepositoryPaths.Root, PipelineConfiguration.FileName)));
    private static readonly ConcurrentDictionary<string, DocumentOutcome> Outcomes = new();
    private static readonly ConcurrentDictionary<string, DocumentOutcome> BorderlessOutcomes = new();

    public static ExtractionSettings Settings => LazyOptions.Value;

    public static PipelineOptions Options => Settings.Pipeline;

    /// <summary>A pipeline with the repository's options reading through <paramref name="reader"/> (default: our own reader).</summary>
    public static DocumentPipeline Pipeline(IDocumentReader? reader = null) => new(Options, reader ?? new PdfDocumentReader());

    /// <summary>The corpus documents with ground truth that the budget-notes pipeline must get right.</summary>
    public static readonly string[] BudgetNotes = ["000_360efd37c18e3eeb", "001_3fb77736774634ba", "003_06e0a490bd8dc3fd"];

    /// <summary>Corpus documents of other kinds: technical corrections and a budget proposal, with forms and proposals.</summary>
    public static readonly string[] OtherKinds = ["002_129a0e019c4a7572", "004_6d45ed6ea08fb11e"];

    /// <summary>Every corpus document with ground truth.</summary>
    public static readonly string[] All = [.. BudgetNotes, .. OtherKinds];

    public static string Pdf(string name) => Path.Combine(RepositoryPaths.Corpus, name + ".pdf");

    public static DocumentExtraction Extract(string name) => Succeeded(Outcomes.GetOrAdd(name, n => Pipeline().Process(Pdf(n))));

    /// <summary>The same document with every ruling line removed: the tables as they would be printed without borders.</summary>
    public static DocumentExtraction ExtractWithoutRulings(string name) =>
        Succeeded(BorderlessOutcomes.GetOrAdd(name, n => Pipeline(new WithoutRulings(new PdfDocumentReader())).Process(Pdf(n))));

    public static DocumentOutcome Process(string name) => Outcomes.GetOrAdd(name, n => Pipeline().Process(Pdf(n)));

    private static DocumentExtraction Succeeded(DocumentOutcome outcome) => outcome switch
    {
        DocumentSucceeded s => s.Extraction,
        DocumentFailed f => throw new AssertionException($"{f.SourcePath} failed: {f.Code}: {f.Message}"),
        _ => throw new InvalidOperationException(),
    };

    private sealed class WithoutRulings(IDocumentReader inner) : IDocumentReader
    {
        public DocumentText Read(string path)
        {
            var text = inner.Read(path);
            return text with { Pages = text.Pages.Select(p => p with { Rulings = [] }).ToList() };
        }
    }
}
