namespace Extraction.Batch;

/// <summary>Follows a run as it goes (progress display, periodic log lines). Called from several threads.</summary>
public interface IBatchObserver
{
    /// <summary>The inputs are hashed and planned: <paramref name="toProcess"/> of <paramref name="total"/> will be processed.</summary>
    void Planned(int total, int toProcess);

    /// <summary>A document has its outcome (processed, failed or skipped).</summary>
    void Completed(DocumentEntry entry);
}
