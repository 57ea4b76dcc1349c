using Serilog;

namespace Extraction.Cli.Progress;

/// <summary>Without a terminal (a log file, a CI job, a pod): a plain progress line every interval.</summary>
internal sealed class PeriodicProgress : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public PeriodicProgress(ProgressCounter counter, TimeSpan interval, ILogger log)
    {
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
                {
                    var s = counter.Snapshot();
                    log.Information(
                        "Progress: {Done}/{Total} documents, {Failed} failed, {PagesPerSecond:0} pages/s, {Remaining} left",
                        s.Done,
                        s.Total,
                        s.Failed,
                        s.PagesPerSecond,
                        s.Remaining is { } r ? r.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture) : "unknown time");
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stop.Dispose();
    }
}
