namespace Extraction.Batch;

/// <summary>What became of a document in a run (<c>status</c> in run.json).</summary>
public enum DocumentStatus
{
    /// <summary>Processed; every check held.</summary>
    Ok,

    /// <summary>Processed; some checks did not hold or the reader worked around damage (see the document's JSON).</summary>
    OkWithWarnings,

    /// <summary>Not processed: a typed error code says why.</summary>
    Failed,

    /// <summary>Not processed again: its outputs are complete from an earlier run, or it repeats another input's content.</summary>
    Skipped,
}

/// <summary>The names run.json, failed.csv and the warehouse use for a <see cref="DocumentStatus"/>.</summary>
public static class DocumentStatusNames
{
    public static string Name(this DocumentStatus status) => status switch
    {
        DocumentStatus.Ok => "ok",
        DocumentStatus.OkWithWarnings => "ok-with-warnings",
        DocumentStatus.Failed => "failed",
        DocumentStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static DocumentStatus Parse(string name)
    {
        foreach (var status in Enum.GetValues<DocumentStatus>().Where(s => s.Name() == name))
        {
            return status;
        }

        throw new FormatException($"'{name}' is not a document status.");
    }
}
