using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Batch;

/// <summary>
/// <c>crash-journal.jsonl</c> in the output folder: an append-only record of the documents in progress. A document is
/// recorded as started (synced to disk) before any work on it, each stage as it is reached, and as finished when it
/// has an outcome. The output folder's lock lets only one run use it at a time, so a document a new run finds started
/// and not finished was in progress when a process died: it may be what killed it, and is not processed again unless
/// asked (<c>--retry-crashed</c>), so one such file cannot take down every later run.
/// </summary>
public sealed class CrashJournal : IDisposable
{
    public const string FileName = "crash-journal.jsonl";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly string path;
    private readonly FileStream stream;
    private readonly HashSet<string> open;
    private bool closed;

    private CrashJournal(string path, IReadOnlyDictionary<string, CrashRecord> crashed)
    {
        this.path = path;
        Crashed = crashed;
        open = new HashSet<string>(crashed.Keys, StringComparer.Ordinal);
        // Only the crashes carry over: the journal restarts with them, written whole before it is appended to.
        AtomicFile.Write(path, output =>
        {
            foreach (var record in crashed.Values)
            {
                output.Write(Line(record));
            }

            ((FileStream)output).Flush(flushToDisk: true);
        });
        stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    /// <summary>Documents (by SHA-256) that were in progress when an earlier run's process died.</summary>
    public IReadOnlyDictionary<string, CrashRecord> Crashed { get; }

    /// <summary>Reads what an earlier run left in <paramref name="output"/> and starts this run's journal.</summary>
    public static CrashJournal Open(string output)
    {
        var path = Path.Combine(output, FileName);
        var open = new Dictionary<string, CrashRecord>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                // The last line may be cut short by the death it records; it carries nothing the earlier lines lack.
                if (Parse(line) is not { } record)
                {
                    continue;
                }

                switch (record.Event)
                {
                    case JournalEvent.Finished:
                        open.Remove(record.Sha256);
                        break;
                    case JournalEvent.Stage:
                        // Work left running past its time limit may still report a stage after its document finished.
                        if (open.TryGetValue(record.Sha256, out var earlier))
                        {
                            open[record.Sha256] = earlier with { Stage = record.Stage };
                        }

                        break;
                    default:
                        open[record.Sha256] = record;
                        break;
                }
            }
        }

        return new CrashJournal(path, open.ToDictionary(p => p.Key, p => p.Value with { Event = JournalEvent.Crashed }, StringComparer.Ordinal).AsReadOnly());
    }

    /// <summary>Records that work on a document begins; on disk before this returns.</summary>
    public void Started(string sha256, string input, string stage)
    {
        lock (stream)
        {
            open.Add(sha256);
            stream.Write(Line(new CrashRecord(JournalEvent.Started, sha256, input, stage, DateTimeOffset.UtcNow, Environment.ProcessId)));
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Records the stage a document reached; handed to the operating system, which outlives a dying process.</summary>
    public void Reached(string sha256, string stage) => Append(new CrashRecord(JournalEvent.Stage, sha256, null, stage, null, null));

    /// <summary>Records that a document has its outcome (whatever it is).</summary>
    public void Finished(string sha256)
    {
        lock (stream)
        {
            open.Remove(sha256);
            Append(new CrashRecord(JournalEvent.Finished, sha256, null, null, null, null));
        }
    }

    /// <summary>Closes the journal; deletes it when it holds nothing to carry over, so a clean run leaves no trace.</summary>
    public void Dispose()
    {
        bool empty;
        lock (stream)
        {
            stream.Dispose();
            closed = true;
            empty = open.Count == 0;
        }

        if (empty)
        {
            File.Delete(path);
        }
    }

    private void Append(CrashRecord record)
    {
        lock (stream)
        {
            if (closed)
            {
                return;
            }

            stream.Write(Line(record));
            stream.Flush();
        }
    }

    private static byte[] Line(CrashRecord record) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Json) + "\n");

    private static CrashRecord? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<CrashRecord>(line, Json) is { Sha256.Length: > 0 } record ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What a journal line says happened to a document.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JournalEvent>))]
public enum JournalEvent
{
    Started,
    Stage,
    Finished,

    /// <summary>Started by a process that died before finishing it.</summary>
    Crashed,
}

/// <summary>One line of the crash journal.</summary>
/// <param name="Stage">The stage reached (for <see cref="JournalEvent.Started"/> and <see cref="JournalEvent.Stage"/>).</param>
/// <param name="Started">When the work on the document began.</param>
/// <param name="ProcessId">The process that began it.</param>
public sealed record CrashRecord(JournalEvent Event, string Sha256, string? Input, string? Stage, DateTimeOffset? Started, int? ProcessId)
{
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"The process died while this document was in stage {Stage ?? "unknown"} (run started on it at {Started:u}, process {ProcessId}); it may be what killed it. It is not processed again unless the run is given --retry-crashed.");
}
