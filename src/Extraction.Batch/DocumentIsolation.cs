using Polly.Timeout;
using Polly;

namespace Extraction.Batch;

/// <summary>
/// Runs the work on one document on a thread of its own under a time limit (Polly's timeout). At the limit the
/// work's token is cancelled; the token reaches the reader's inner loops (lexer, content interpreter, filters) and the
/// pipeline's stage boundaries, so the work stops soon and frees its memory. The batch waits for that, up to a grace
/// period, before it records the document as timed out: no thread keeps running behind the run's back. Work that
/// does not stop within the grace period (a defect) is left running as the last resort and <see cref="Abandoned"/>
/// counts it, so the run says so.
/// </summary>
public sealed class DocumentIsolation
{
    private readonly ResiliencePipeline timeout;
    private readonly TimeSpan grace;
    private int abandoned;

    public DocumentIsolation(TimeSpan limit, TimeSpan grace)
    {
        Limit = limit;
        this.grace = grace;
        timeout = new ResiliencePipelineBuilder().AddTimeout(limit).Build();
    }

    public TimeSpan Limit { get; }

    /// <summary>Documents whose work did not stop within the grace period after it was cancelled, and is still running.</summary>
    public int Abandoned => Volatile.Read(ref abandoned);

    /// <summary>The work's result; <see cref="TimeoutRejectedException"/> past the limit.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellation)
    {
        return await timeout.ExecuteAsync(
            async token =>
            {
                var task = Task.Factory.StartNew(() => work(token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                try
                {
                    return await task.WaitAsync(token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!task.IsCompleted)
                {
                    await StoppedAsync(task).ConfigureAwait(false);
                    throw;
                }
            },
            cancellation).ConfigureAwait(false);
    }

    /// <summary>Waits for cancelled work to end, up to the grace period; counts it as abandoned past that.</summary>
    private async Task StoppedAsync(Task task)
    {
        try
        {
            await task.WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Interlocked.Increment(ref abandoned);
            _ = task.ContinueWith(_ => Interlocked.Decrement(ref abandoned), TaskScheduler.Default);
        }
        catch (Exception)
        {
            // The work ended, as asked (with the cancellation) or with its own failure; the time limit decides the outcome.
        }
    }
}
