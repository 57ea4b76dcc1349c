using Extraction.Pipeline;

namespace Extraction.Batch;

/// <summary>Why a document failed: a stable code, a message for people, and the stage it failed in, if any.</summary>
public sealed record DocumentError(string Code, string Message, string? Stage = null);

/// <summary>One input's outcome in a run: exactly one per input file (an entry of run.json).</summary>
/// <param name="Input">Full path of the input file.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its content; null when it could not be read.</param>
/// <param name="Status">ok, ok-with-warnings, failed or skipped.</param>
/// <param name="Reason">Why it was skipped ("unchanged since the last run", "same content as …").</param>
/// <param name="Error">Why it failed.</param>
/// <param name="OutputFolder">Its outputs, relative to the output folder (<c>documents/&lt;sha256&gt;</c>); null without outputs.</param>
/// <param name="Files">Its policy-area JSON files, relative to the output folder.</param>
/// <param name="Pages">Pages read.</param>
/// <param name="Tables">Tables found.</param>
/// <param name="Facts">Its rows in this run's facts.csv (0 for a repeat of another input).</param>
/// <param name="Warnings">Checks that did not hold.</param>
/// <param name="UnreadFigures">Cells of number columns whose text is not a number (no fact; the log names them).</param>
/// <param name="ElapsedMs">Time spent on it in this run.</param>
/// <param name="Manifest">The manifest line that named it.</param>
/// <param name="Overrides">The manifest's values for it.</param>
public sealed record DocumentEntry(
    string Input,
    string? Sha256,
    DocumentStatus Status,
    string? Reason,
    DocumentError? Error,
    string? OutputFolder,
    IReadOnlyList<string> Files,
    int Pages,
    int Tables,
    int Facts,
    int Warnings,
    int UnreadFigures,
    double ElapsedMs,
    ManifestLine? Manifest,
    DocumentOverrides Overrides)
{
    public string FileName => Path.GetFileName(Input);

    /// <summary>Pages of which the reader could read nothing.</summary>
    public int PagesUnread { get; init; }

    /// <summary>Pages the reader read only up to a failure.</summary>
    public int PagesPartlyRead { get; init; }

    /// <summary>Streams the reader skipped for damage or a limit.</summary>
    public int StreamsSkipped { get; init; }

    public static DocumentEntry Failure(BatchInput input, string? sha256, DocumentError error, double elapsedMs) =>
        new(input.Path, sha256, DocumentStatus.Failed, null, error, null, [], 0, 0, 0, 0, 0, elapsedMs, input.Manifest, input.Overrides);

    /// <summary>The entry of a document whose outputs are in its folder (written in this run or an earlier one).</summary>
    public static DocumentEntry Stored(
        BatchInput input, string sha256, DocumentStatus status, string? reason, StoredDocument stored, string folder, double elapsedMs) =>
        new(
            input.Path,
            sha256,
            status,
            reason,
            null,
            folder,
            stored.Files.Select(f => $"{folder}/{f}").ToList(),
            stored.Pages,
            stored.Tables,
            stored.Facts,
            stored.Warnings,
            stored.UnreadFigures,
            elapsedMs,
            input.Manifest,
            input.Overrides)
        {
            PagesUnread = stored.PagesUnread,
            PagesPartlyRead = stored.PagesPartlyRead,
            StreamsSkipped = stored.StreamsSkipped,
        };
}
