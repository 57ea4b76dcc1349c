using System.Globalization;
using System.Text.Json;
using Extraction.Cli.Tests.Support;
using Extraction.Pdf.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>
/// Hostile PDFs (decompression bombs in content, CMaps, fonts and images, absurd lengths, annotation fan-out) in one
/// batch: the process stays within a bounded memory, every input gets an outcome, and content lost to a limit is
/// counted, never silent.
/// </summary>
[TestFixture]
public sealed class HostileBatchTests
{
    private const long Mib = 1024 * 1024;
    private const long PeakLimitBytes = 1024 * Mib;

    private static readonly (string Name, int Copies, Func<byte[]> Build)[] Bombs =
    [
        ("content-array-bomb", 12, () => HostileFiles.ContentArrayBomb(500 * Mib, 8)),
        ("cap-sized-bomb", 2, () => HostileFiles.ContentArrayBomb(512 * Mib, 1)),
        ("cmap-bomb", 2, () => HostileFiles.CMapBomb(500 * Mib)),
        ("font-bomb", 2, () => HostileFiles.FontProgramBomb(500 * Mib)),
        ("image-bomb", 1, () => HostileFiles.ImageBomb(500 * Mib)),
        ("huge-length", 1, HostileFiles.HugeLength),
    ];

    [Test]
    public void A_batch_of_twenty_bombs_stays_under_one_gibibyte_and_every_input_has_an_outcome()
    {
        using var inputs = new TemporaryFolder();
        foreach (var (name, copies, build) in Bombs)
        {
            var bytes = build();
            for (var copy = 0; copy < copies; copy++)
            {
                File.WriteAllBytes(inputs[Invariant($"{name}-{copy:00}.pdf")], [.. bytes, .. System.Text.Encoding.ASCII.GetBytes(Invariant($"\n% copy {copy}\n"))]);
            }
        }

        using var output = new TemporaryFolder();
        using var process = ExtractProcess.Start(["run", inputs.Path, "--out", output.Path, "--parallelism", "2", "--no-progress"], null, out var log);
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakWorkingSet(process.Id) ?? peak);
        }

        var documents = Documents(output["run.json"]);
        Assert.That(documents, Has.Count.EqualTo(Bombs.Sum(b => b.Copies)), log.ToString());
        Assert.That(peak, Is.GreaterThan(0).And.LessThan(PeakLimitBytes), "peak working set (VmHWM)");
        Assert.That(documents.Select(d => d.ErrorCode), Has.None.EqualTo("PipelineError"));
        var contentBombs = documents.Where(d => d.File.StartsWith("content-array-bomb", StringComparison.Ordinal) || d.File.StartsWith("cap-sized-bomb", StringComparison.Ordinal)).ToList();
        Assert.That(contentBombs.Select(d => d.Status), Is.All.EqualTo("ok-with-warnings"), "the page's text before the bomb is read; the loss is not silent");
        Assert.That(contentBombs.Select(d => d.StreamsSkipped), Is.All.GreaterThan(0));
    }

    private sealed record Outcome(string File, string Status, string? ErrorCode, int StreamsSkipped);

    private static List<Outcome> Documents(string runJson)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(runJson));
        return run.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => new Outcome(
                d.GetProperty("file").GetString()!,
                d.GetProperty("status").GetString()!,
                d.GetProperty("error").ValueKind == JsonValueKind.Null ? null : d.GetProperty("error").GetProperty("code").GetString(),
                d.GetProperty("streams_skipped").GetInt32()))
            .ToList();
    }

    /// <summary>The process's peak resident set so far (Linux: VmHWM in /proc/PID/status); null once it is gone.</summary>
    internal static long? PeakWorkingSet(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
