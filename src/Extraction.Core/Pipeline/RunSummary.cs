namespace Extraction.Core.Pipeline;

/// <summary>What a run did: an outcome per document, the facts written, and where.</summary>
public sealed record RunSummary(IReadOnlyList<DocumentOutcome> Outcomes, int FactCount, string FactsPath, double ElapsedMs)
{
    public int Succeeded => Outcomes.Count(o => o is DocumentSucceeded);

    public int Failed => Outcomes.Count(o => o is DocumentFailed);

    public int Warnings => Outcomes.OfType<DocumentSucceeded>().Sum(o => o.Extraction.Warnings.Count());

    public int Pages => Outcomes.OfType<DocumentSucceeded>().Sum(o => o.Extraction.PageCount);
}
