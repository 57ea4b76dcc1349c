namespace Extraction.Batch;

/// <summary>Makes a run's record for the history in run.json from its entries and what the store held before it.</summary>
internal static class RunHistory
{
    public static RunRecord Record(
        DateTimeOffset started,
        DateTimeOffset finished,
        Shard shard,
        bool forced,
        bool cancelled,
        string configuration,
        IReadOnlyList<DocumentEntry> entries,
        IReadOnlySet<string> storedBefore,
        int storeDocuments,
        int storeFacts)
    {
        var processed = entries.Where(e => e.Status is DocumentStatus.Ok or DocumentStatus.OkWithWarnings).ToList();
        return new RunRecord(
            started,
            finished,
            entries.Count,
            shard.ToString(),
            forced,
            cancelled,
            configuration,
            processed.Where(e => !storedBefore.Contains(e.Sha256!)).Select(Change).ToList(),
            processed.Where(e => storedBefore.Contains(e.Sha256!)).Select(Change).ToList(),
            entries.Where(e => e.Status == DocumentStatus.Failed).Select(Change).ToList(),
            entries.Where(e => e.Status == DocumentStatus.Skipped).Select(Change).ToList(),
            storeDocuments,
            storeFacts);
    }

    private static RunChange Change(DocumentEntry entry) => new(entry.Input, entry.Sha256, entry.Facts, entry.Error, entry.Reason);
}
