using System.Diagnostics;
using Extraction.Batch;

namespace Extraction.Cli.Progress;

/// <summary>Counts a run's progress for the displays: documents done and failed, pages processed, the rate and time left.</summary>
internal sealed class ProgressCounter : IBatchObserver
{
    private readonly Stopwatch clock = new();
    private readonly object gate = new();
    private int total;
    private int toProcess;
    private int done;
    private int processed;
    private int failed;
    private int pages;

    public void Planned(int total, int toProcess)
    {
        lock (gate)
        {
            this.total = total;
            this.toProcess = toProcess;
            clock.Restart();
        }
    }

    public void Completed(DocumentEntry entry)
    {
        lock (gate)
        {
            done++;
            failed += entry.Status == DocumentStatus.Failed ? 1 : 0;
            if (entry.Status is DocumentStatus.Ok or DocumentStatus.OkWithWarnings)
            {
                processed++;
                pages += entry.Pages;
            }
            else if (entry.Status == DocumentStatus.Failed && entry.Sha256 is not null)
            {
                processed++;
            }
        }
    }

    public ProgressSnapshot Snapshot()
    {
        lock (gate)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            var rate = seconds > 0 ? processed / seconds : 0;
            TimeSpan? remaining = rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, toProcess - processed) / rate) : null;
            return new ProgressSnapshot(total, done, failed, seconds > 0 ? pages / seconds : 0, remaining);
        }
    }
}

/// <summary>Progress at one moment.</summary>
internal sealed record ProgressSnapshot(int Total, int Done, int Failed, double PagesPerSecond, TimeSpan? Remaining);
