using System.Text.Json;
using Extraction.Cli.Tests.Support;
using Extraction.Pdf.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>
/// A batch killed while it works on a document: the next run records that document as <c>Crashed</c> (with the stage
/// it was in) instead of meeting it again, and completes the rest; <c>--retry-crashed</c> processes it again.
/// </summary>
[TestFixture]
public sealed class CrashJournalTests
{
    private const string Journal = "crash-journal.jsonl";

    [Test]
    public void The_document_a_killed_run_was_working_on_is_recorded_as_crashed_and_the_rest_complete()
    {
        using var inputs = new TemporaryFolder();
        // A content stream of millions of operators, within every limit: the reader works on it for long.
        File.WriteAllBytes(inputs["a-long.pdf"], HostileFiles.LongContent(200L * 1024 * 1024));
        OutputFolders.DistinctCopies(inputs.Path, 3);
        using var output = new TemporaryFolder();
        string[] Arguments(params string[] more) => ["run", inputs.Path, "--out", output.Path, "--parallelism", "1", "--no-progress", .. more];

        using (var process = ExtractProcess.Start(Arguments(), null, out var log))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!JournalNames(output[Journal]).Contains("a-long.pdf") && !process.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Thread.Sleep(500);
            Assert.That(process.HasExited, Is.False, "the run ended before it could be killed:\n" + log);
            process.Kill();
            process.WaitForExit();
        }

        var (exit, resumedLog) = ExtractProcess.Run(Arguments());
        var statuses = Statuses(output["run.json"]);

        Assert.That(exit, Is.EqualTo(1), resumedLog);
        Assert.That(statuses["a-long.pdf"], Is.EqualTo(("failed", "Crashed", "read")));
        Assert.That(statuses.Where(s => s.Key != "a-long.pdf").Select(s => s.Value.Status), Has.All.AnyOf("ok", "ok-with-warnings"));
        Assert.That(statuses, Has.Count.EqualTo(4));

        var (retryExit, retryLog) = ExtractProcess.Run(Arguments("--retry-crashed", "--timeout", "2"));
        var retried = Statuses(output["run.json"]);

        Assert.That(retryExit, Is.EqualTo(1), retryLog);
        Assert.That(retried["a-long.pdf"], Is.EqualTo(("failed", "Timeout", (string?)null)), "processed again, and stopped at its time limit");
        Assert.That(File.Exists(output[Journal]), Is.False, "nothing left to carry over");
    }

    /// <summary>File names of the documents the journal records as started.</summary>
    private static List<string> JournalNames(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.TryGetProperty("input", out _))
            .Select(e => Path.GetFileName(e.GetProperty("input").GetString()!))
            .ToList();
    }

    private static Dictionary<string, (string Status, string? Code, string? Stage)> Statuses(string runJson)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(runJson));
        return run.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => d.GetProperty("file").GetString()!,
            d => d.GetProperty("error") is { ValueKind: JsonValueKind.Object } error
                ? (d.GetProperty("status").GetString()!, error.GetProperty("code").GetString(), error.GetProperty("stage").GetString())
                : (d.GetProperty("status").GetString()!, (string?)null, (string?)null));
    }
}
