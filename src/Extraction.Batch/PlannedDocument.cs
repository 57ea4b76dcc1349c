namespace Extraction.Batch;

/// <summary>
/// An input after planning: either to be processed (<see cref="Entry"/> is null), or already decided (failed to
/// read, skipped as unchanged, or a repeat of <see cref="DuplicateOf"/>).
/// </summary>
internal sealed record PlannedDocument(BatchInput Input, string? Sha256, string? Fingerprint, DocumentEntry? Entry, PlannedDocument? DuplicateOf = null)
{
    public bool ToProcess => Entry is null && DuplicateOf is null;
}
