namespace Extraction.Batch;

/// <summary>What to run: the inputs (PDF files, folders, CSV manifests), where to write, and how.</summary>
/// <param name="Force">Process every document again, even when its outputs are complete and unchanged.</param>
/// <param name="Shard">The part of the inputs this run covers; null for all of them.</param>
public sealed record BatchRequest(IReadOnlyList<string> Inputs, string OutputDirectory, bool Force = false, Shard? Shard = null)
{
    /// <summary>Process again the documents an earlier run died on, instead of recording them as crashed.</summary>
    public bool RetryCrashed { get; init; }
}
