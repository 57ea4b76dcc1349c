using System.Text.Json;
using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>
/// The process is killed in the middle of a run, several times, and run again: the outputs end up byte-identical to
/// an uninterrupted run's, with no partial or temporary file left.
/// </summary>
[TestFixture]
public sealed class KillAndResumeTests
{
    private const int Documents = 40;

    [Test]
    public void Killed_runs_resumed_give_the_outputs_of_an_uninterrupted_run()
    {
        using var inputs = new TemporaryFolder();
        OutputFolders.DistinctCopies(inputs.Path, Documents);
        File.WriteAllText(inputs["broken.pdf"], "not a PDF");
        using var reference = new TemporaryFolder();
        using var resumed = new TemporaryFolder();
        string[] Arguments(string output) => ["run", inputs.Path, "--out", output, "--parallelism", "2", "--no-progress"];

        var (referenceExit, referenceLog) = ExtractProcess.Run(Arguments(reference.Path));
        Assert.That(referenceExit, Is.EqualTo(1), referenceLog);

        var completedAtKill = new List<int>();
        foreach (var completed in new[] { 1, 12, 25 })
        {
            completedAtKill.Add(KillWhenCompleted(Arguments(resumed.Path), resumed.Path, completed));
        }

        // The documents in progress at each kill are recorded as crashed until they are retried.
        var (exit, log) = ExtractProcess.Run([.. Arguments(resumed.Path), "--retry-crashed"]);

        Assert.That(exit, Is.EqualTo(1), log);
        Assert.That(completedAtKill, Is.Ordered.And.All.LessThan(Documents), "every kill came before the end of the run");
        Assert.That(OutputFolders.Of(resumed.Path), Is.EqualTo(OutputFolders.Of(reference.Path)));
        Assert.That(Directory.GetFileSystemEntries(resumed.Path, ".tmp-*", SearchOption.AllDirectories), Is.Empty);
        using var run = JsonDocument.Parse(File.ReadAllText(resumed["run.json"]));
        var statuses = run.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("status").GetString()).ToList();
        Assert.That(statuses, Has.Count.EqualTo(Documents + 1));
        Assert.That(statuses.Count(s => s == "skipped"), Is.GreaterThanOrEqualTo(completedAtKill.Max()));
        Assert.That(statuses.Count(s => s == "failed"), Is.EqualTo(1));
    }

    /// <summary>Starts a run and kills it as soon as <paramref name="completed"/> document folders exist; how many did.</summary>
    private static int KillWhenCompleted(string[] arguments, string output, int completed)
    {
        using var process = ExtractProcess.Start(arguments, null, out var log);
        var documents = Path.Combine(output, "documents");
        int Count() => Directory.Exists(documents) ? Directory.GetDirectories(documents).Count(d => !Path.GetFileName(d).StartsWith('.')) : 0;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (Count() < completed && !process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        Assert.That(process.HasExited, Is.False, "the run ended before it could be killed:\n" + log);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return Count();
    }
}
